using Assessment.Contracts.Scoring;
using Assessment.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Assessment.Scoring.Methodologies;

/// <summary>The methodology registry: anyone reads; the assessment centre publishes versions, which never change.</summary>
public sealed class MethodologiesGrpcService(MethodologyStore store) : Contracts.Scoring.Methodologies.MethodologiesBase
{
    private const int MaxYamlLength = 1_000_000;

    public override async Task<ListMethodologiesResponse> ListMethodologies(ListMethodologiesRequest request, ServerCallContext context)
    {
        var response = new ListMethodologiesResponse();
        response.Methodologies.AddRange((await store.ListAsync(context.CancellationToken)).Select(ToContract));
        return response;
    }

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<MethodologySummary> PublishMethodology(PublishMethodologyRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Yaml) || request.Yaml.Length > MaxYamlLength)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"yaml must hold the methodology text (1 to {MaxYamlLength} characters)."));
        }

        if (FirstControlCharacter(request.Yaml) is { } control)
        {
            // YAML forbids them and PostgreSQL cannot store NUL: refuse with the place to fix rather than fail on insert.
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"yaml line {control.Line}, column {control.Column}: control character U+{control.Code:X4} is not allowed in a methodology."));
        }

        var errors = MethodologyValidation.Errors(request.Yaml);
        if (errors.Count > 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"The methodology has {errors.Count} error(s):\n{string.Join("\n", errors)}"));
        }

        var document = MethodologyDocument.Read(request.Yaml, "yaml");
        var caller = CallerIdentity.From(context.GetHttpContext().User);
        await store.RegisterAsync(document, caller.Id, context.CancellationToken);
        var stored = (await store.FindAsync(document.Id, document.Version, context.CancellationToken))!.Value;
        if (stored.Summary.Sha256 != document.Sha256)
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists,
                $"Methodology {document.Id} version {document.Version} is already registered with other text (sha256 {stored.Summary.Sha256}); versions never change: publish a new version."));
        }

        return ToContract(stored.Summary);
    }

    private static (int Line, int Column, int Code)? FirstControlCharacter(string yaml)
    {
        var line = 1;
        var column = 1;
        foreach (var c in yaml)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if (char.IsControl(c) && c is not '\t' and not '\r')
            {
                return (line, column, c);
            }

            column++;
        }

        return null;
    }

    public override async Task<MethodologyText> GetMethodology(GetMethodologyRequest request, ServerCallContext context)
    {
        var found = await store.FindAsync(request.Id, request.Version, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound,
                $"No methodology {request.Id}{(request.Version.Length == 0 ? string.Empty : " version " + request.Version)} is registered."));
        return new MethodologyText { Summary = ToContract(found.Summary), Yaml = found.Yaml };
    }

    private static MethodologySummary ToContract(StoredMethodology m) => new()
    {
        Id = m.Id,
        Version = m.Version,
        Title = m.Title,
        Sha256 = m.Sha256,
        RegisteredAt = Timestamp.FromDateTimeOffset(m.RegisteredAt),
    };
}
