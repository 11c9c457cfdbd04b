using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Finsam.Gateway.ApiDescription;

// The OpenAPI document as a page to read, rendered here from the document itself: no
// script, no CDN, so it works on a machine without internet.
internal static class ReferencePage
{
    private static readonly string[] Verbs = ["get", "post", "put", "patch", "delete"];

    public static string Render(JsonObject document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Finsam API reference</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}")
            .Append("code,.path{font-family:ui-monospace,monospace}.op{border:1px solid #ddd;border-radius:6px;margin:.6rem 0;padding:.5rem .8rem}")
            .Append(".verb{display:inline-block;min-width:4.5rem;font-weight:bold;text-transform:uppercase}")
            .Append(".get{color:#0a6}.post{color:#06c}.put,.patch{color:#b60}.delete{color:#c00}")
            .Append("table{border-collapse:collapse;margin:.3rem 0}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}</style></head><body>");
        html.Append("<h1>Finsam API reference</h1><p>").Append(Encode(Text(document["info"]?["description"])))
            .Append("</p><p>The same as OpenAPI 3: <a href=\"/openapi/v1.json\">/openapi/v1.json</a>. gRPC clients: server reflection at the gateway's gRPC port.</p>");

        var operations = (document["paths"] as JsonObject ?? [])
            .SelectMany(path => Verbs.Where(v => path.Value?[v] is not null).Select(verb => (Path: path.Key, Verb: verb, Operation: path.Value![verb]!)))
            .GroupBy(o => Text(o.Operation["tags"]?[0]));
        html.Append("<nav><ul>");
        foreach (var tag in operations)
        {
            html.Append("<li><a href=\"#").Append(Encode(tag.Key)).Append("\">").Append(Encode(tag.Key)).Append("</a></li>");
        }
        html.Append("<li><a href=\"#schemas\">Schemas</a></li></ul></nav>");

        foreach (var tag in operations)
        {
            html.Append("<h2 id=\"").Append(Encode(tag.Key)).Append("\">").Append(Encode(tag.Key)).Append("</h2>");
            foreach (var (path, verb, operation) in tag)
            {
                html.Append("<div class=\"op\"><span class=\"verb ").Append(verb).Append("\">").Append(verb).Append("</span> <span class=\"path\">")
                    .Append(Encode(path)).Append("</span> — ").Append(Encode(Text(operation["summary"])))
                    .Append("<br><small>").Append(Encode(Text(operation["description"]))).Append("</small>");
                if (operation["parameters"] is JsonArray { Count: > 0 } parameters)
                {
                    html.Append("<table><tr><th>parameter</th><th>in</th><th>type</th></tr>");
                    foreach (var parameter in parameters)
                    {
                        html.Append("<tr><td><code>").Append(Encode(Text(parameter?["name"]))).Append("</code></td><td>")
                            .Append(Encode(Text(parameter?["in"]))).Append("</td><td>").Append(TypeOf(parameter?["schema"])).Append("</td></tr>");
                    }
                    html.Append("</table>");
                }
                if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } body)
                {
                    html.Append("<div>body: ").Append(TypeOf(body)).Append("</div>");
                }
                html.Append("<div>answer: ").Append(TypeOf(operation["responses"]?["200"]?["content"]?["application/json"]?["schema"])).Append("</div></div>");
            }
        }

        html.Append("<h2 id=\"schemas\">Schemas</h2>");
        foreach (var (name, schema) in document["components"]?["schemas"] as JsonObject ?? [])
        {
            html.Append("<h3 id=\"").Append(Encode(name)).Append("\"><code>").Append(Encode(name)).Append("</code></h3>");
            if (schema?["properties"] is JsonObject { Count: > 0 } properties)
            {
                html.Append("<table><tr><th>field</th><th>type</th></tr>");
                foreach (var (field, type) in properties)
                {
                    html.Append("<tr><td><code>").Append(Encode(field)).Append("</code></td><td>").Append(TypeOf(type)).Append("</td></tr>");
                }
                html.Append("</table>");
            }
        }
        return html.Append("</body></html>").ToString();
    }

    // A schema in a few words, a reference as a link to its schema.
    private static string TypeOf(JsonNode? schema)
    {
        if (schema is null)
        {
            return "";
        }
        if (Text(schema["$ref"]) is { Length: > 0 } reference)
        {
            var name = reference[(reference.LastIndexOf('/') + 1)..];
            return $"<a href=\"#{Encode(name)}\"><code>{Encode(name)}</code></a>";
        }
        return Text(schema["type"]) switch
        {
            "array" => "array of " + TypeOf(schema["items"]),
            "object" when schema["additionalProperties"] is { } values => "map of " + TypeOf(values),
            "string" when schema["enum"] is JsonArray values => "one of " + string.Join(", ", values.Select(v => $"<code>{Encode(Text(v))}</code>")),
            var type => Encode(type + (Text(schema["format"]) is { Length: > 0 } format ? $" ({format})" : "")),
        };
    }

    private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
