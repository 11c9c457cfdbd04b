using MudBlazor;

namespace Finsam.Web.Components.Layout;

// Colours with at least 4.5:1 contrast for text (WCAG 2.1 AA), and the system's own fonts:
// nothing is fetched from elsewhere.
public static class FinsamTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#7a3b00",
            AppbarBackground = "#1f4e79",
            TextSecondary = "rgba(0,0,0,0.72)",
            // Notices are read on their own light tint: dark enough for 4.5:1 on it.
            Error = "#a4000f",
            ErrorDarken = "#7a000b",
            Warning = "#7a4100",
            WarningDarken = "#5c3100",
            Info = "#0b4f8a",
            InfoDarken = "#083b68",
            Success = "#1b5e20",
            SuccessDarken = "#134517",
            ActionDefault = "rgba(0,0,0,0.72)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Arial", "sans-serif"] },
        },
    };
}
