using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.ServiceDefaults.Errors;

public static class ErrorHandlingExtensions
{
    // Errors answer the same in every environment: no developer page, no stack trace.
    public static IServiceCollection AddSafeErrorResponses(this IServiceCollection services)
    {
        services.AddSingleton<IStartupFilter, OutermostExceptionHandler>();
        services.AddSingleton<IDeveloperPageExceptionFilter, DeveloperPageReplacement>();
        return services;
    }
}
