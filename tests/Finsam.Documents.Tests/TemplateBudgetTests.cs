using Finsam.Documents.Templating;

namespace Finsam.Documents.Tests;

// The hostile corpus, rendered as the service renders a text an editor saves (with the
// sample inputs): each is refused with a problem naming its placeholder, and the
// budget's counters show the refusal came before the thing was built.
public sealed class TemplateBudgetTests
{
    // Rendering one hostile text allocates far less than what it asked for.
    private const long AllocationBound = 32 * 1024 * 1024;

    private static readonly PlaceholderValues Sample = PlaceholderModel.From(SampleInputs.For(2022));

    public static TheoryData<HostileText> Corpus => [.. HostileTexts.All];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_hostile_text_is_refused_naming_its_placeholder(HostileText hostile)
    {
        var budget = new TemplateBudget();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var problem = Assert.Throws<TemplateProblem>(() => LiquidText.Render(hostile.Text, Sample, budget));

        Assert.Contains(hostile.Placeholder, problem.Message);
        Assert.InRange(budget.Steps, 0, TemplateBudget.MaxSteps);
        Assert.InRange(budget.Items, 0, TemplateBudget.MaxItems);
        Assert.InRange(budget.Characters, 0, TemplateBudget.MaxCharacters);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, 0, AllocationBound);
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}", "steps", 100_000_000)]
    [InlineData("{% for i in (1..1000) %}{% for j in (1..1000) %}x{% endfor %}{% endfor %}", "steps", 1_000_000)]
    [InlineData("{% if year == 1 %}{% for i in (1..100000000) %}x{% endfor %}{% endif %}", "steps", 100_000_000)]
    [InlineData("{% assign n = 1000000000 %}{% for i in (1..n) %}x{% endfor %}", "items", 1_000_000_000)]
    [InlineData("{% assign r = (1..2000000000) %}", "items", 2_000_000_000)]
    public void A_range_is_counted_not_built(string text, string resource, long requested)
    {
        var budget = new TemplateBudget();

        Assert.Throws<TemplateProblem>(() => LiquidText.Render(text, Sample, budget));

        Assert.Equal(resource, budget.Refused?.Resource);
        Assert.Equal(requested, budget.Refused?.Requested);
        // Not one number of the range was made.
        Assert.Equal(0, budget.Items);
    }

    [Fact]
    public void A_doubling_string_is_refused_at_the_first_value_too_long()
    {
        var budget = new TemplateBudget();

        Assert.Throws<TemplateProblem>(() => LiquidText.Render(
            "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}", Sample, budget));

        // 10 characters doubled 13 times is the first value over 50 000; it was never built.
        Assert.Equal(new TemplateRefusal("s | append", "characters", 81_920, TemplateBudget.MaxValueLength), budget.Refused);
        Assert.Equal(10L * ((1 << 13) - 2), budget.Characters);
    }

    [Fact]
    public void Strings_built_over_a_render_are_counted_together()
    {
        var budget = new TemplateBudget();

        Assert.Throws<TemplateProblem>(() => LiquidText.Render(
            "{% assign s = 'x' %}{% for i in (1..15) %}{% assign s = s | append: s %}{% endfor %}{% for i in (1..1000) %}{% assign t = s | upcase %}{% endfor %}",
            Sample, budget));

        Assert.Equal("s | upcase", budget.Refused?.Placeholder);
        Assert.Equal(32_768, budget.Refused?.Requested);
        Assert.True(budget.Refused?.Limit < 32_768);
        Assert.InRange(budget.Characters, TemplateBudget.MaxCharacters - 32_768, TemplateBudget.MaxCharacters);
    }

    [Theory]
    [InlineData("{{ year | divided_by: 0 }}", "'year | divided_by': cannot divide by zero.")]
    [InlineData("{{ year | modulo: 0 }}", "'year | modulo': cannot divide by zero.")]
    [InlineData("{{ 79228162514264337593543950335 | times: 10 }}", "'79228162514264337593543950335 | times': the result is beyond the numbers a text can compute with.")]
    [InlineData("{{ 1.5 | round: 1000000 }}", "'1.5 | round': rounds to 0 to 28 decimals, not 1000000.")]
    [InlineData("{{ federation.name | base64_decode }}", "'federation.name | base64_decode': the text is not Base64.")]
    [InlineData("{{ 253402300800 | date: '%Y' }}", "'253402300800 | date': 253402300800 is not a date between the years 1 and 9999.")]
    public void Filter_misuse_is_the_texts_problem(string text, string message) =>
        Assert.Equal(message, Assert.Throws<TemplateProblem>(() => LiquidText.Render(text, Sample)).Message);

    [Theory]
    [InlineData("{% for i in (1..3) %}{{ i }}{% endfor %}", "123")]
    [InlineData("{% for i in (1..year) limit: 2 %}{{ i }}{% endfor %}", "12")]
    [InlineData("{{ (1..3) | join: ', ' }}", "1, 2, 3")]
    [InlineData("{{ 'a,b' | split: ',' | join: ' och ' | upcase }}", "A OCH B")]
    [InlineData("{{ federation.name | replace: 'förbundet', 'förbund' | append: '!' }}", "Samordningsförbund!")]
    [InlineData("{{ year | plus: 2 | times: 2 | divided_by: 4 | modulo: 5 }}", "2")]
    [InlineData("{{ 2.346 | round: 2 }}", "2,35")]
    [InlineData("{{ 'aGVq' | base64_decode }}", "hej")]
    [InlineData("{{ 'now' | date: '%Y-%m-%d' }}", "2021-11-26")]
    [InlineData("{{ federation.name | truncate: 8 }}", "Samor...")]
    public void Ordinary_filters_and_ranges_still_work(string text, string expected) =>
        Assert.Equal(expected, LiquidText.Render(text, Sample));

    [Fact]
    public void An_ordinary_text_is_counted_within_the_budget()
    {
        var budget = new TemplateBudget();

        LiquidText.Render("{% for i in (1..10) %}{% for e in efforts.all %}{{ e.name | upcase }}{% endfor %}{% endfor %}", Sample, budget);

        Assert.Equal(10, budget.Steps);
        Assert.Equal(10, budget.Items);
        Assert.Null(budget.Refused);
        Assert.True(budget.Characters > 0);
    }
}
