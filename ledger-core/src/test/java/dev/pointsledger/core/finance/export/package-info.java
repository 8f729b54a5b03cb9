/** Tests that read every export back and find the API's figures. */
package dev.pointsledger.core.finance.export;
