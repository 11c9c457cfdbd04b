namespace Finsam.Funding.Domain;

// How a party's quarter is split between several regions or municipalities
// (the charter, förbundsordningen, section 9).
public enum ShareBasis
{
    Population,
    AgreedShares,
}
