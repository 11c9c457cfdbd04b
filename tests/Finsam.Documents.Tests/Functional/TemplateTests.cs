using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// The federation's document template: created on its first update, then changed with etags.
public sealed class TemplateTests(DocumentsHost host) : IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task The_first_update_with_allow_missing_creates_the_template_and_it_reads_back_as_written()
    {
        var id = DocumentsHost.NewFederation();
        var documents = host.Documents(Caller.EditorOf(id));

        var created = await documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = Plan.Template(id), AllowMissing = true });
        var read = await host.Documents(Caller.ReaderOf(id)).GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" });

        Assert.Equal(created, read);
        var expected = Plan.Template(id);
        expected.Etag = read.Etag;
        expected.UpdateTime = read.UpdateTime;
        Assert.Equal(expected, read);
        Assert.NotEmpty(read.Etag);
    }

    [Fact]
    public async Task Every_field_the_federation_writes_is_kept()
    {
        var id = DocumentsHost.NewFederation();
        var template = Plan.Template(id);
        template.TableOfContents = true;
        template.ContingentLiabilities = "Inga";
        template.Unit = AmountUnit.Kronor;
        template.PopulationHeading = "Invånare 31 december 2024";
        template.EffortColumns.AddRange([EffortColumn.Owner, EffortColumn.Period, EffortColumn.Decision]);
        template.DashForZero = true;
        template.TitlePage.LinesBelowTitle.Add("Vägen till egen försörjning går genom samverkan");
        template.TitlePage.AdoptionDateStyle = DateStyle.Long;
        // A field added to the contract and not set here fails this test, until it is set and kept.
        var serviceFields = new[] { "name", "etag", "update_time" };
        Assert.All(DocumentTemplate.Descriptor.Fields.InDeclarationOrder().Where(f => !serviceFields.Contains(f.Name)),
            field => Assert.True(field.IsRepeated || field.IsMap
                ? ((System.Collections.ICollection)field.Accessor.GetValue(template)).Count > 0
                : !Equals(field.Accessor.GetValue(template), field.Accessor.GetValue(new DocumentTemplate())), field.Name));

        await host.Documents(Caller.EditorOf(id)).UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = template, AllowMissing = true });
        var read = await host.Documents(Caller.ReaderOf(id)).GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" });

        template.Etag = read.Etag;
        template.UpdateTime = read.UpdateTime;
        Assert.Equal(template, read);
    }

    [Fact]
    public async Task Without_allow_missing_a_template_that_does_not_exist_is_not_found_and_not_made()
    {
        var id = DocumentsHost.NewFederation();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Documents().UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = Plan.Template(id) }).ResponseAsync);

        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Documents().GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" }).ResponseAsync);
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_the_later_write_is_kept()
    {
        var id = await host.PlanAsync();
        var documents = host.Documents(Caller.EditorOf(id));
        var read = await documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" });

        var first = read.Clone();
        first.Unit = AmountUnit.Kronor;
        var written = await documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = first, UpdateMask = new FieldMask { Paths = { "unit" } } });
        var second = read.Clone();
        second.TableOfContents = false;
        await RpcAssert.FailsWith(StatusCode.Aborted, () => documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = second, UpdateMask = new FieldMask { Paths = { "table_of_contents" } } }).ResponseAsync);

        var now = await documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = read.Name });
        Assert.Equal((AmountUnit.Kronor, true, written.Etag), (now.Unit, now.TableOfContents, now.Etag));
        Assert.NotEqual(read.Etag, now.Etag);
    }

    [Fact]
    public async Task Bad_input_is_named_field_by_field_and_nothing_is_stored()
    {
        var id = await host.PlanAsync();
        var stored = await host.Documents().GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" });
        var template = Plan.Template(id);
        template.TitlePage.Title = "";
        template.TitlePage.Date = "15/12/2021";
        template.TitlePage.LinesBelowTitle.AddRange(Enumerable.Repeat("Samverkan", 11));
        template.TitlePage.AdoptionDateStyle = (DateStyle)9;
        template.Parts[0].Level = 7;
        template.Parts[1].Section = "Inte En Nyckel";
        template.Parts[2].Table = TableKind.Unspecified;

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Documents().UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = template }).ResponseAsync);

        Assert.Equal(
            [
                ("template.title_page.title", "REQUIRED"),
                ("template.title_page.lines_below_title", "TOO_LONG"),
                ("template.title_page.date", "INVALID_FORMAT"),
                ("template.title_page.adoption_date_style", "INVALID_VALUE"),
                ("template.parts[0].level", "OUT_OF_RANGE"),
                ("template.parts[1].section", "INVALID_FORMAT"),
                ("template.parts[2].table", "REQUIRED"),
            ],
            violations);
        Assert.Equal(stored, await host.Documents().GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = stored.Name }));
    }

    [Fact]
    public async Task A_heading_with_a_placeholder_that_does_not_exist_is_refused_naming_it()
    {
        var id = await host.PlanAsync();
        var template = Plan.Template(id);
        template.Parts[0].Heading = "Plan för {{ yeer }}";

        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => host.Documents().UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = template }).ResponseAsync);

        Assert.Equal(["template.parts[0].heading"], await RpcAssert.IsInvalid(() => host.Documents().UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = template }).ResponseAsync));
        Assert.Contains("yeer", failure.Status.Detail);
    }
}
