using Finsam.Contracts.Documents.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Documents;

// A federation's document template and one year's text, saved as its officer saves them.
public static class FederationDocument
{
    public static async Task SaveAsync(FinsamSystem system, string id, int year, DocumentTemplate template, params Section[] sections)
    {
        template.Name = $"federations/{id}/documentTemplate";
        await system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { AllowMissing = true, Template = template });
        await system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest
        {
            AllowMissing = true,
            PlanText = new PlanText { Name = $"federations/{id}/planTexts/{year}", Sections = { sections } },
        });
    }
}
