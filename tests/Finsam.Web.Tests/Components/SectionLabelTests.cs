using Finsam.Web.Components.Shared;

namespace Finsam.Web.Tests.Components;

// A text's section is named by the heading the template prints it under, as the officer will
// read it in the document; the key names it where the heading says nothing fixed.
public sealed class SectionLabelTests
{
    [Theory]
    [InlineData("Förvaltningsberättelse", "Förvaltningsberättelse")]
    [InlineData("Verksamheten under {{ year }}", "Verksamheten under 2026")]
    [InlineData("Verksamheten under {{year}}", "Verksamheten under 2026")]
    [InlineData("Plan för {{ plan_years[0] }}", "Avsnitt verksamheten")]
    [InlineData("{% if true %}Rubrik{% endif %}", "Avsnitt verksamheten")]
    [InlineData("", "Avsnitt verksamheten")]
    public void The_heading_with_its_year_filled_in_or_else_the_key(string heading, string label)
    {
        Assert.Equal(label, DocumentTexts.SectionLabel("verksamheten", heading, 2026));
    }
}
