using System.Text.Json;
using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf.WellKnownTypes;

namespace Finsam.Documents.Tests.Functional;

public sealed class AuditTrailTests(DocumentsHost host) : IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task Every_template_and_text_change_is_recorded_with_who_and_before_and_after()
    {
        var id = await host.PlanAsync();
        var template = await host.Documents().GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" });
        template.Unit = AmountUnit.Kronor;
        await host.Documents().UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = template, UpdateMask = new FieldMask { Paths = { "unit" } } });

        var trail = (await host.Documents(Caller.AuditorOf(id)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" })).Records;

        var editor = Caller.EditorOf(id).Subject;
        Assert.Equal(
            [
                (editor, "UpdateDocumentTemplate", $"federations/{id}/documentTemplate"),
                (editor, "UpdatePlanText", $"federations/{id}/planTexts/2022"),
                (Caller.RegionalAdministrator.Subject, "UpdateDocumentTemplate", $"federations/{id}/documentTemplate"),
            ],
            trail.Select(r => (r.Actor, r.Action, r.Resource)));
        Assert.Equal("", trail[0].BeforeJson);
        Assert.Equal((false, "AMOUNT_UNIT_KRONOR"), (JsonDocument.Parse(trail[2].BeforeJson).RootElement.TryGetProperty("unit", out _), JsonDocument.Parse(trail[2].AfterJson).RootElement.GetProperty("unit").GetString()));
    }
}
