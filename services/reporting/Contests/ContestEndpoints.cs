using Assessment.Reporting.Api;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Contests;

/// <summary>The right-of-reply API under /api/v1/reporting.</summary>
public static class ContestEndpoints
{
    public static IHostApplicationBuilder AddContests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContestStore>();
        builder.Services.AddSingleton<ContestService>();
        return builder;
    }

    public static IEndpointRouteBuilder MapContests(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/reporting");
        api.MapPost("/cycles/{cycleId}/contests", (HttpContext http, string cycleId, ContestRequest request, ContestService contests, CancellationToken ct) =>
            contests.SubmitAsync(cycleId, request, Caller.Of(http), CallerToken.From(http), ct));
        api.MapGet("/cycles/{cycleId}/contests", (HttpContext http, string cycleId, ContestService contests, CancellationToken ct) =>
            contests.ListAsync(cycleId, Caller.Of(http), CallerToken.From(http), ct));
        api.MapPost("/contests/{id}/answer", (HttpContext http, string id, ContestAnswerRequest request, ContestService contests, CancellationToken ct) =>
            contests.AnswerAsync(id, request, Caller.Of(http), ct));
        return app;
    }
}
