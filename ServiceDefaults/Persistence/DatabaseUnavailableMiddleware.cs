using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Assessment.ServiceDefaults.Persistence;

/// <summary>Answers plain HTTP endpoints (file feeds, pages) that hit an absent database with 503 problem+json and Retry-After.</summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = ((int)DatabaseUnavailable.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Problem(title: "Service temporarily unavailable", detail: DatabaseUnavailable.Message,
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
        }
    }
}

/// <summary>Puts the middleware first in every service that has a database, without touching each Program.cs.</summary>
internal sealed class DatabaseUnavailableStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        next(app);
    };
}
