namespace Finsam.Funding.Domain;

// The parties of a federation under lag (2003:1210) om finansiell samordning.
public enum MemberKind
{
    Forsakringskassan,
    Arbetsformedlingen,
    Region,
    Municipality,

    // One body that is both the region and the municipality (Region Gotland): it pays both
    // quarters. Last, as members are stored by the kind's number.
    RegionAndMunicipality,
}
