using Assessment.Reporting.Api;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Consultation;

/// <summary>The consultation API under /api/v1/reporting.</summary>
public static class ConsultationEndpoints
{
    public static IHostApplicationBuilder AddConsultation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CommentStore>();
        builder.Services.AddSingleton<ConsultationService>();
        return builder;
    }

    public static IEndpointRouteBuilder MapConsultation(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/reporting");
        api.MapPost("/consultations/{methodologyId}/{version}/comments",
            (HttpContext http, string methodologyId, string version, CommentRequest request, ConsultationService consultation, CancellationToken ct) =>
                consultation.SubmitAsync(methodologyId, version, request, Caller.Of(http), ct));
        api.MapGet("/consultations/{methodologyId}/{version}/comments",
            (string methodologyId, string version, ConsultationService consultation, CancellationToken ct) => consultation.ListAsync(methodologyId, version, ct));
        api.MapPost("/comments/{id}/answer", (HttpContext http, string id, CommentAnswerRequest request, ConsultationService consultation, CancellationToken ct) =>
            consultation.AnswerAsync(id, request, Caller.Of(http), CallerToken.From(http), ct));
        return app;
    }
}
