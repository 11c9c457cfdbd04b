using Finsam.Documents.Templating;

namespace Finsam.Documents.Tests;

public sealed class LiquidTextTests
{
    private static readonly PlaceholderValues Values = new(
        new Dictionary<string, object?>
        {
            ["year"] = 2022,
            ["budget"] = new Dictionary<string, object?> { ["income"] = new Dictionary<string, object?> { ["kr"] = "7 378 000 kr", ["tkr"] = "7 378" } },
            ["efforts"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "Psykolog" } },
            ["adopted_on"] = "2021-11-26",
            ["not_adopted"] = "",
        },
        new DateTimeOffset(2021, 11, 26, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Placeholders_are_filled_from_the_values() =>
        Assert.Equal("År 2022: 7 378 000 kr. Psykolog.", LiquidText.Render("År {{ year }}: {{ budget.income.kr }}.{% for e in efforts %} {{ e.name }}.{% endfor %}", Values));

    [Theory]
    [InlineData("{{ adopted_on | long_date }}", "26 november 2021")]
    [InlineData("{{ '2022-01-05' | long_date }}", "5 januari 2022")]
    [InlineData("[{{ not_adopted | long_date }}]", "[]")]
    public void Long_date_writes_a_date_as_swedish_prose(string text, string expected) =>
        Assert.Equal(expected, LiquidText.Render(text, Values));

    [Fact]
    public void Long_date_of_what_is_not_a_date_is_named()
    {
        var problem = Assert.Throws<TemplateProblem>(() => LiquidText.Render("{{ year | long_date }}", Values));
        Assert.Contains("long_date", problem.Message);
        Assert.Contains("YYYY-MM-DD", problem.Message);
    }

    [Theory]
    [InlineData("{{ yaer }}", "yaer")]
    [InlineData("{{ budget.incme.kr }}", "incme")]
    [InlineData("{{ budget.income.kronor }}", "kronor")]
    [InlineData("{% for e in efforts %}{{ e.nme }}{% endfor %}", "nme")]
    [InlineData("{{ year | shout }}", "shout")]
    public void An_unknown_placeholder_or_filter_is_named(string text, string name)
    {
        var problem = Assert.Throws<TemplateProblem>(() => LiquidText.Render(text, Values));
        Assert.Contains(name, problem.Message);
    }

    // Either way a client can tell it apart from a mistake of syntax, and say so while typing.
    [Theory]
    [InlineData("{{ yaer }}", "Unknown placeholder 'yaer'.")]
    [InlineData("{% if yaer > 1 %}x{% endif %}", "Unknown placeholder 'yaer'.")]
    [InlineData("{{ budget.incme.kr }}", "Unknown placeholder 'budget.incme'.")]
    public void A_name_that_is_not_there_is_an_unknown_placeholder_at_the_top_or_under_another(string text, string message) =>
        Assert.Equal(message, Assert.Throws<TemplateProblem>(() => LiquidText.Render(text, Values)).Message);

    [Theory]
    [InlineData("{% include '/etc/passwd' %}")]
    [InlineData("{% render '/etc/passwd' %}")]
    [InlineData("{% include 'http://example.org/x' %}")]
    public void A_text_cannot_read_files_or_call_out(string text)
    {
        var problem = Record.Exception(() => LiquidText.Render(text, Values));
        Assert.IsType<TemplateProblem>(problem);
        Assert.DoesNotContain("root:", problem.Message);
    }

    [Theory]
    [InlineData("{% assign s = \"xxxxxxxxxx\" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}")]
    [InlineData("{% for i in (1..90000) %}{{ budget.income.kr }}{% endfor %}")]
    [InlineData("{% capture s %}x{% endcapture %}")]
    [InlineData("{% liquid assign s = 'x' %}")]
    public void A_text_cannot_grow_beyond_its_limits(string text) =>
        Assert.Throws<TemplateProblem>(() => LiquidText.Render(text, Values));

    [Fact]
    public void A_runaway_loop_is_stopped() =>
        Assert.Throws<TemplateProblem>(() => LiquidText.Render("{% for i in (1..100000000) %}x{% endfor %}", Values));

    [Fact]
    public void A_syntax_error_is_reported() =>
        Assert.Throws<TemplateProblem>(() => LiquidText.Render("{{ year ", Values));
}
