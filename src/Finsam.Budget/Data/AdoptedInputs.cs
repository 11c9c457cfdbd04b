using System.Text.Json.Nodes;
using Finsam.Budget.Dependencies;
using Google.Protobuf;
using Funding = Finsam.Contracts.Funding.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Data;

// What funding and grants said of a budget's years when the board adopted it, stored with
// the adopted version as their own contracts' JSON, so that computing it again gives the
// same figures whatever the other services hold later.
public static class AdoptedInputs
{
    // Fields the other services add later are skipped rather than refused.
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static string Serialize(ExternalFigures figures) => new JsonObject
    {
        ["income"] = JsonNode.Parse(JsonFormatter.Default.Format(figures.Income)),
        ["effortCosts"] = JsonNode.Parse(JsonFormatter.Default.Format(figures.EffortCosts)),
    }.ToJsonString();

    public static ExternalFigures? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }
        var stored = JsonNode.Parse(json)!;
        return new ExternalFigures(
            Parser.Parse<Funding.Income>(stored["income"]!.ToJsonString()),
            Parser.Parse<Grants.EffortCosts>(stored["effortCosts"]!.ToJsonString()));
    }
}
