/**
 * Device side of the SDK: APDUs, the CNS file system, PIN operations and signing over a transport seam.
 */
module io.tscns.card {
    requires transitive io.tscns.core;
    requires org.slf4j;

    // exports io.tscns.card once the issue that fills this module lands; a package holding only package-info cannot be exported.
}
