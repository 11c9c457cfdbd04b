namespace Finsam.Documents.Tests;

// Texts an editor could save to make the documents service build gigabytes or fail,
// each with the placeholder a refusal must name. Shared with the benchmark that
// records the memory of rendering them.
public static class HostileTexts
{
    private const string Doubled32k = "{% assign s = 'x' %}{% for i in (1..15) %}{% assign s = s | append: s %}{% endfor %}";

    public static IReadOnlyList<HostileText> All { get; } =
    [
        // Ranges and loops.
        new("huge loop", "{% for i in (1..100000000) %}x{% endfor %}", "for i in (1..100000000)"),
        new("nested loops", "{% for i in (1..1000) %}{% for j in (1..1000) %}x{% endfor %}{% endfor %}", "for j in (1..1000)"),
        new("loop in a branch not taken", "{% if year == 1 %}{% for i in (1..100000000) %}x{% endfor %}{% endif %}", "for i in (1..100000000)"),
        new("limited loop over a huge range", "{% for i in (1..100000000) limit: 2 %}{{ i }}{% endfor %}", "(1..100000000)"),
        new("range to a variable", "{% assign n = 1000000000 %}{% for i in (1..n) %}x{% endfor %}", "(1..n)"),
        new("range assigned", "{% assign r = (1..2000000000) %}{{ r | size }}", "(1..2000000000)"),
        new("range beyond int", "{% for i in (1..10000000000) %}x{% endfor %}", "for i in (1..10000000000)"),
        new("huge tablerow", "{% tablerow i in (1..100000000) %}{{ i }}{% endtablerow %}", "tablerow i in (1..100000000)"),
        new("concat of huge ranges", "{{ (1..40000) | concat: (1..40000) | size }}", "(1..40000) | concat"),

        // Strings that grow.
        new("append doubling", "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}", "s | append"),
        new("prepend doubling", "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | prepend: s %}{% endfor %}", "s | prepend"),
        new("replace growth", "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..10) %}{% assign s = s | replace: 'x', 'xxxxxxxxxx' %}{% endfor %}", "s | replace"),
        new("split and join growth", "{% assign s = 'x,x,x,x,x,x,x,x' %}{% for i in (1..20) %}{% assign s = s | split: ',' | join: ',x,' %}{% endfor %}", "s | split | join"),
        new("split into too many", Doubled32k + "{% for i in (1..10) %}{% assign a = s | split: '' %}{% endfor %}", "s | split"),
        new("join of a huge range", "{{ (1..50000) | join: 'xxxxxxxxxx' }}", "(1..50000) | join"),
        new("escape growth", "{% assign s = '<' %}{% for i in (1..14) %}{% assign s = s | append: s %}{% endfor %}{{ s | escape }}", "s | escape"),
        new("url_encode growth", "{% assign s = 'å' %}{% for i in (1..14) %}{% assign s = s | append: s %}{% endfor %}{{ s | url_encode }}", "s | url_encode"),
        new("many large strings", Doubled32k + "{% for i in (1..1000) %}{% assign t = s | upcase %}{% endfor %}", "s | upcase"),
        new("date width", "{{ 'now' | date: '%100000000Y' }}", "\"now\" | date"),

        // Filter misuse.
        new("divided_by 0", "{{ year | divided_by: 0 }}", "year | divided_by"),
        new("modulo 0", "{{ year | modulo: 0 }}", "year | modulo"),
        new("divided_by 0 in a branch not taken", "{% if year == 1 %}{{ 10 | divided_by: 0 }}{% endif %}", "10 | divided_by"),
        new("times overflow", "{{ 79228162514264337593543950335 | times: 10 }}", "79228162514264337593543950335 | times"),
        new("plus overflow", "{{ year | plus: 79228162514264337593543950335 }}", "year | plus"),
        new("minus overflow", "{{ -79228162514264337593543950335 | minus: year }}", "-79228162514264337593543950335 | minus"),
        new("round huge", "{{ 1.5 | round: 1000000 }}", "1.5 | round"),
        new("round negative", "{{ year | round: -5 }}", "year | round"),
        new("slice huge", "{{ budget.income.kr | slice: 1000000000000, 5 }}", "budget.income.kr | slice"),
        new("slice huge length", "{{ federation.name | slice: 1, 1000000000000 }}", "federation.name | slice"),
        new("truncate huge", "{{ federation.name | truncate: 100000000000 }}", "federation.name | truncate"),
        new("truncatewords huge", "{{ federation.name | truncatewords: 100000000000 }}", "federation.name | truncatewords"),
        new("replace nothing", "{{ federation.name | replace: '', 'x' }}", "federation.name | replace"),
        new("base64_decode garbage", "{{ federation.name | base64_decode }}", "federation.name | base64_decode"),
        new("date far after", "{{ 100000000000000000000 | date: '%Y' }}", "100000000000000000000 | date"),
        new("date far before", "{{ year | times: -100000000000 | date: '%Y' }}", "year | times | date"),
        new("date past 9999", "{{ 253402300800 | date: '%Y' }}", "253402300800 | date"),
        new("format_string", "{{ '{0,100000000}' | format_string: 1 }}", "format_string"),
        new("format_number", "{{ year | format_number: 'N100000' }}", "format_number"),
    ];
}

public sealed record HostileText(string Name, string Text, string Placeholder)
{
    public override string ToString() => Name;
}
