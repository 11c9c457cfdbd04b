using Microsoft.AspNetCore.Diagnostics;

namespace Finsam.ServiceDefaults.Errors;

// WebApplication puts the developer exception page in front of every app run with
// ASPNETCORE_ENVIRONMENT=Development, and it shows the stack trace and echoes the caller's
// headers. Its filters run before it renders: this one answers as in any other environment.
internal sealed class DeveloperPageReplacement : IDeveloperPageExceptionFilter
{
    public Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next) =>
        SafeErrorResponses.WriteAsync(errorContext.HttpContext, errorContext.Exception);
}
