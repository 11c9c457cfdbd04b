namespace Finsam.Web.Components.Regional;

// The regional body's pages.
public static class RegionalLinks
{
    public const string RollUp = "/region/budgetar";

    public const string Distribution = "/region/fordelning";

    public const string Participants = "/region/deltagare";

    public static string RollUpOf(int year) => $"{RollUp}?ar={year}";

    public static string ParticipantsOf(int year) => $"{Participants}?ar={year}";
}
