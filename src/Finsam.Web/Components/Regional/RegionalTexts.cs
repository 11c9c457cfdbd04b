using Finsam.Web.Formatting;

namespace Finsam.Web.Components.Regional;

// The regional pages' words and figures as the regional body reads them.
public static class RegionalTexts
{
    public static string Heading(RollUpColumn column) => column switch
    {
        RollUpColumn.Federation => "Förbund",
        RollUpColumn.Status => "Budgetens läge",
        RollUpColumn.Contributions => "Medlemsbidrag",
        RollUpColumn.Costs => "Kostnader",
        RollUpColumn.Result => "Resultat",
        RollUpColumn.Equity => "Eget kapital",
        RollUpColumn.EquityShare => "Eget kapital av bidragen",
        RollUpColumn.IndividualShare => "Till individinsatser",
        RollUpColumn.GoalsNotMet => "Mål som inte nås",
        _ => column.ToString(),
    };

    // Hundredths of a percent as a share: "19,5 %", "7 %", "-2,25 %" (a no-break space before the sign).
    public static string Share(int basisPoints) => $"{Percent.ForInput(basisPoints)}\u00A0%";

    // A change from last year with its sign: "+12 345 kr", "−2 000 kr" (Swedish's own minus), "0 kr".
    public static string Change(long ore) => ore > 0 ? "+" + Kronor.Format(ore) : Kronor.Format(ore);
}
