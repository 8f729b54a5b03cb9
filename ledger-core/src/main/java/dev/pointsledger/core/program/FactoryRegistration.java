package dev.pointsledger.core.program;

/** A manufacturer's standing under factory registration (R-D1). */
public enum FactoryRegistration {
  /** Holds a factory registration certificate (工廠登記證). */
  REGISTERED,
  /** Holds a registered exemption from factory registration (免工廠登記). */
  EXEMPT,
  /** Holds neither: not eligible. */
  NONE
}
