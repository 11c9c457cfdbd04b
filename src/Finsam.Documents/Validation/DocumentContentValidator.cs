using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Composition;
using Finsam.Documents.Templating;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Documents.Validation;

// What a template and a year's text must be before they are stored: well-formed Liquid
// whose every placeholder exists, so a mistake is named when it is made.
public static class DocumentContentValidator
{
    private const int MaxParts = 200;
    private const int MaxSections = 100;
    private const int MaxTextLength = 100_000;
    private const int MaxLineLength = 300;
    private const int MaxSignatories = 50;
    // Above the title, and as many below it.
    private const int MaxTitleLines = 10;

    public static void ValidateTemplate(DocumentTemplate template, DocumentKind kind, string field, FieldViolations violations)
    {
        var sample = PlaceholderModel.Sample(2022);
        var page = template.TitlePage ?? new TitlePage();
        if (string.IsNullOrWhiteSpace(page.Title))
        {
            violations.Add($"{field}.title_page.title", ViolationReason.Required, "The document needs a title.");
        }
        else
        {
            CheckText(page.Title, $"{field}.title_page.title", MaxLineLength, sample, violations);
        }
        CheckTitleLines(page.Lines, $"{field}.title_page.lines", violations);
        CheckTitleLines(page.LinesBelowTitle, $"{field}.title_page.lines_below_title", violations);
        violations.AddWhen(page.Date.Length > 0 && SwedishFormat.ParseIsoDate(page.Date) is null,
            $"{field}.title_page.date", ViolationReason.InvalidFormat, "Expected YYYY-MM-DD.");
        violations.AddWhen(page.AdoptedBy.Length > MaxLineLength, $"{field}.title_page.adopted_by", ViolationReason.TooLong, $"At most {MaxLineLength} characters.");
        violations.AddWhen(!Enum.IsDefined(page.AdoptionDateStyle), $"{field}.title_page.adoption_date_style", ViolationReason.InvalidValue, "ISO (2021-11-26) or long (26 november 2021).");

        violations.AddWhen(template.Parts.Count > MaxParts, $"{field}.parts", ViolationReason.TooMany, $"At most {MaxParts} parts.");
        for (var i = 0; i < Math.Min(template.Parts.Count, MaxParts); i++)
        {
            var part = template.Parts[i];
            var at = $"{field}.parts[{i}]";
            violations.AddWhen(part.Heading.Length > 0 && part.Level is < 1 or > 3, $"{at}.level", ViolationReason.OutOfRange, "Headings are of level 1, 2 or 3.");
            CheckText(part.Heading, $"{at}.heading", MaxLineLength, sample, violations);
            switch (part.ContentCase)
            {
                case DocumentPart.ContentOneofCase.Section:
                    violations.AddWhen(!IsSectionKey(part.Section), $"{at}.section", ViolationReason.InvalidFormat, "A section key is lower-case letters, digits and hyphens.");
                    break;
                case DocumentPart.ContentOneofCase.Table:
                    violations.AddWhen(!Enum.IsDefined(part.Table) || part.Table == TableKind.Unspecified, $"{at}.table", ViolationReason.Required, "Name one of the tables.");
                    // A plan has no year's actuals to print.
                    violations.AddWhen(kind == DocumentKind.Plan && AnnualReportTables.Covers(part.Table), $"{at}.table", ViolationReason.InvalidValue,
                        "Only an annual report prints this table.");
                    break;
                default:
                    violations.AddWhen(part.Heading.Length == 0, at, ViolationReason.InvalidValue, "A part is a heading, a section or a table.");
                    break;
            }
        }
        violations.AddWhen(!Enum.IsDefined(template.Unit), $"{field}.unit", ViolationReason.InvalidValue, "Tkr or kronor.");
        violations.AddWhen(template.RowLabels.Count > MaxParts || template.RowLabels.Any(l => l.Key.Length is 0 or > MaxLineLength || l.Value.Length is 0 or > MaxLineLength),
            $"{field}.row_labels", ViolationReason.InvalidValue, $"At most {MaxParts} labels, each from a row's label to a label of 1 to {MaxLineLength} characters.");
        foreach (var (row, label) in template.RowLabels.Take(MaxParts))
        {
            CheckText(label, $"{field}.row_labels[{row}]", MaxLineLength, sample, violations);
        }
        violations.AddWhen(template.PopulationHeading.Length > MaxLineLength, $"{field}.population_heading", ViolationReason.TooLong, $"At most {MaxLineLength} characters.");
        violations.AddWhen(template.EffortColumns.Count > 10 || template.EffortColumns.Any(c => !Enum.IsDefined(c) || c == EffortColumn.Unspecified),
            $"{field}.effort_columns", ViolationReason.InvalidValue, "At most 10 columns, each kind, cost group, owner, period or decision.");
        violations.AddWhen(template.ContingentLiabilities.Length > 100, $"{field}.contingent_liabilities", ViolationReason.TooLong, "At most 100 characters.");
    }

    public static void ValidatePlanText(PlanText text, int year, string field, FieldViolations violations)
    {
        var sample = PlaceholderModel.Sample(year);
        violations.AddWhen(text.Sections.Count > MaxSections, $"{field}.sections", ViolationReason.TooMany, $"At most {MaxSections} sections.");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(text.Sections.Count, MaxSections); i++)
        {
            var section = text.Sections[i];
            var at = $"{field}.sections[{i}]";
            if (!IsSectionKey(section.Key))
            {
                violations.Add($"{at}.key", ViolationReason.InvalidFormat, "A section key is lower-case letters, digits and hyphens.");
            }
            else if (!keys.Add(section.Key))
            {
                violations.Add($"{at}.key", ViolationReason.Duplicate, $"'{section.Key}' is there twice.");
            }
            CheckText(section.Text, $"{at}.text", MaxTextLength, sample, violations);
        }
        violations.AddWhen(text.Signatories.Count > MaxSignatories, $"{field}.signatories", ViolationReason.TooMany, $"At most {MaxSignatories} signatories.");
        for (var i = 0; i < Math.Min(text.Signatories.Count, MaxSignatories); i++)
        {
            var signatory = text.Signatories[i];
            violations.AddWhen(string.IsNullOrWhiteSpace(signatory.Name), $"{field}.signatories[{i}].name", ViolationReason.Required, "Who signs.");
            violations.AddWhen(signatory.Name.Length > MaxLineLength, $"{field}.signatories[{i}].name", ViolationReason.TooLong, $"At most {MaxLineLength} characters.");
            violations.AddWhen(signatory.Role.Length > MaxLineLength, $"{field}.signatories[{i}].role", ViolationReason.TooLong, $"At most {MaxLineLength} characters.");
        }
        violations.AddWhen(text.SigningPlaceAndDate.Length > MaxLineLength, $"{field}.signing_place_and_date", ViolationReason.TooLong, $"At most {MaxLineLength} characters.");
    }

    private static void CheckTitleLines(IReadOnlyCollection<string> lines, string field, FieldViolations violations) =>
        violations.AddWhen(lines.Count > MaxTitleLines || lines.Any(l => l.Length > MaxLineLength), field, ViolationReason.TooLong,
            $"At most {MaxTitleLines} lines of at most {MaxLineLength} characters.");

    // A section key is written like an id in a resource name.
    private static bool IsSectionKey(string key) => ResourceId.IsValid(key);

    private static void CheckText(string text, string field, int maxLength, PlaceholderValues sample, FieldViolations violations)
    {
        if (text.Length > maxLength)
        {
            violations.Add(field, ViolationReason.TooLong, $"At most {maxLength} characters.");
            return;
        }
        try
        {
            LiquidText.Render(text, sample);
        }
        catch (TemplateProblem problem)
        {
            // The templating names an unknown placeholder in its message; a client shows its own text for it.
            var reason = problem.Message.StartsWith("Unknown placeholder", StringComparison.Ordinal)
                ? ViolationReason.UnknownPlaceholder
                : ViolationReason.InvalidValue;
            violations.Add(field, reason, problem.Message);
        }
    }
}
