using System.Globalization;

namespace Finsam.Documents.Templating;

// What one render of a text may spend, counted before it is spent: every range, split
// or array a filter builds reserves its items, every string a filter builds reserves its
// characters, and every loop whose length is written in the text reserves its steps when
// the text is read. A reservation beyond a limit is refused, and kept in Refused, before
// anything is produced; so the counters show what was spent and never what was asked.
public sealed class TemplateBudget
{
    // Far beyond any real section; stops "{% for i in (1..100000000) %}".
    public const int MaxSteps = 100_000;
    // Numbers of a range and elements of arrays built over one render.
    public const int MaxItems = 100_000;
    // Characters of any one value a text builds.
    public const int MaxValueLength = 50_000;
    // Characters built by filters over one render: a loop of appends stops here.
    public const int MaxCharacters = 2_000_000;

    // The longest nest of loops written with numbers ("(1..10)" in "(1..10)" is 100).
    public long Steps { get; private set; }
    // Range numbers and array elements reserved, so built, over the render.
    public long Items { get; private set; }
    // Characters reserved, so built, by filters over the render.
    public long Characters { get; private set; }
    public TemplateRefusal? Refused { get; private set; }

    // The placeholder being evaluated, to name it when something is refused.
    internal string Placeholder { get; set; } = "";

    // A loop the text writes out as running this many times in all.
    internal void ReserveSteps(string placeholder, long steps)
    {
        if (steps > MaxSteps)
        {
            throw Refuse(placeholder, "steps", steps, MaxSteps,
                $"'{placeholder}' would run {Count(steps)} times; a text takes at most {Count(MaxSteps)} steps.");
        }
        Steps = Math.Max(Steps, steps);
    }

    internal void ReserveItems(long items, string? placeholder = null)
    {
        placeholder ??= Placeholder;
        if (items > MaxItems - Items)
        {
            throw Refuse(placeholder, "items", items, MaxItems - Items,
                $"'{placeholder}' would hold {Count(items)} elements; a text builds at most {Count(MaxItems)} in all.");
        }
        Items += items;
    }

    internal void ReserveCharacters(long characters)
    {
        if (characters > MaxValueLength)
        {
            throw Refuse(Placeholder, "characters", characters, MaxValueLength,
                $"'{Placeholder}' would grow to {Count(characters)} characters; a value holds at most {Count(MaxValueLength)}.");
        }
        if (characters > MaxCharacters - Characters)
        {
            throw Refuse(Placeholder, "characters", characters, MaxCharacters - Characters,
                $"'{Placeholder}' would build more than the {Count(MaxCharacters)} characters a text may build in all.");
        }
        Characters += characters;
    }

    // A refusal made on a trial budget (a filter tried when the text is read).
    internal void Adopt(TemplateRefusal? refused) => Refused = refused ?? Refused;

    // Misuse that is not a matter of size ("divided_by: 0"), named the same way.
    internal TemplateProblem Misuse(string problem) => new($"'{Placeholder}': {problem}");

    private TemplateProblem Refuse(string placeholder, string resource, long requested, long limit, string message)
    {
        Refused = new TemplateRefusal(placeholder, resource, requested, limit);
        return new TemplateProblem(message);
    }

    private static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
