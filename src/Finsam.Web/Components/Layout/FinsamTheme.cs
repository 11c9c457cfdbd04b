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
            ActionDefault = "rgba(0,0,0,0.72)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Arial", "sans-serif"] },
        },
    };
}
