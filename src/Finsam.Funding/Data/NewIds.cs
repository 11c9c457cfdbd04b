namespace Finsam.Funding.Data;

// Ids the service chooses (other income, payments): twelve hex digits of a new GUID,
// unique enough within one federation.
public static class NewIds
{
    public static string Next() => Guid.NewGuid().ToString("N")[..12];
}
