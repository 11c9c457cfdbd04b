namespace Finsam.Funding.Domain;

// The parties of a federation under lag (2003:1210) om finansiell samordning.
public enum MemberKind
{
    Forsakringskassan,
    Arbetsformedlingen,
    Region,
    Municipality,
}
