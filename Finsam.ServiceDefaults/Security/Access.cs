namespace Finsam.ServiceDefaults.Security;

// What an RPC asks of its caller, checked against the federation its request names (the
// contracts declare it per RPC as finsam.common.v1.AccessLevel).
public enum Access
{
    // No sign-in needed: the public catalogue and published documents.
    Anonymous,

    // Any signed-in caller; the service itself limits what is shown.
    SignedIn,

    // Readers, editors and auditors of the federation, and regional administrators.
    Read,

    // Editors of the federation, and regional administrators.
    Write,

    // Auditors of the federation (its audit trail), and regional administrators.
    Audit,

    // Regional administrators only: federations themselves, people and their roles.
    Administer,
}
