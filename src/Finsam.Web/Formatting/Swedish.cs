using System.Globalization;

namespace Finsam.Web.Formatting;

// The culture the app writes in, whatever the server's own is.
public static class Swedish
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");
}
