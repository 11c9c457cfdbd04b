using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Finsam.ServiceDefaults.Health;

// /health as plain text: the overall status on the first line (as ASP.NET Core writes it),
// then one line for each check that is not healthy, naming what is wrong, so a probe
// or a person sees which part is failing.
public static class HealthReportText
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            text.Append('\n').Append(name).Append(": ").Append(entry.Status);
            if (!string.IsNullOrEmpty(entry.Description ?? entry.Exception?.Message))
            {
                text.Append(": ").Append(entry.Description ?? entry.Exception?.Message);
            }
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString());
    }
}
