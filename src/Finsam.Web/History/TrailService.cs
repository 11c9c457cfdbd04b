namespace Finsam.Web.History;

// The services whose audit trails the history reads; All merges the four by time.
public enum TrailService
{
    All,
    Funding,
    Grants,
    Budget,
    Documents,
}
