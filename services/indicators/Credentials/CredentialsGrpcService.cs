using Assessment.Contracts.Indicators;
using Assessment.Indicators.Catalogue;
using Assessment.ServiceDefaults.Security;
using Assessment.ServiceDefaults.Security.Revocation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Assessment.Indicators.Credentials;

/// <summary>
/// The credentials registry (admins only): issue signed, registered credentials, list and revoke them. Services read
/// the revocations to refuse revoked tokens without a restart.
/// </summary>
public sealed class CredentialsGrpcService(
    CredentialStore store,
    CatalogueStore catalogue,
    AuthOptions options,
    RevocationPoller revocations,
    TimeProvider time) : Contracts.Indicators.Credentials.CredentialsBase
{
    private const int MaxReason = 1000;

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<IssuedCredential> IssueCredential(IssueCredentialRequest request, ServerCallContext context)
    {
        var bodies = (await catalogue.ListBodiesAsync(context.CancellationToken)).Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        var problems = CredentialRequestValidator.Problems(request, bodies);
        if (problems.Count > 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"The credential was not issued: {string.Join(" ", problems)}"));
        }

        var caller = CallerIdentity.From(context.GetHttpContext().User);
        var lifetime = TimeSpan.FromDays(request.LifetimeDays == 0 ? CredentialRequestValidator.DefaultLifetimeDays : request.LifetimeDays);
        var now = time.GetUtcNow();
        var tokenId = Guid.NewGuid().ToString("N");
        var roles = request.Roles.Distinct(StringComparer.Ordinal).ToList();
        var bodyCodes = request.Bodies.Distinct(StringComparer.Ordinal).ToList();
        var token = new TokenIssuer(options, time).Issue(request.Subject, roles, bodyCodes, lifetime, tokenId);
        var record = new CredentialRecord(tokenId, request.Subject, request.Kind == CredentialKind.Client ? "client" : "person", roles, bodyCodes,
            request.Description, now, caller.Id, now + lifetime, null, null);
        await store.RegisterAsync(record, context.CancellationToken);
        return new IssuedCredential { Credential = ToContract(record), Token = token };
    }

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<ListCredentialsResponse> ListCredentials(ListCredentialsRequest request, ServerCallContext context)
    {
        var response = new ListCredentialsResponse();
        response.Credentials.AddRange((await store.ListAsync(request.Subject, request.IncludeRevoked, context.CancellationToken)).Select(ToContract));
        return response;
    }

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<Revocation> RevokeCredential(RevokeCredentialRequest request, ServerCallContext context)
    {
        if ((request.TokenId.Length > 0) == (request.Subject.Length > 0))
        {
            throw Invalid("Name exactly one of token_id (one token) and subject (every token of that subject issued until now).");
        }

        if (request.TokenId.Length > 64 || request.Subject.Length > 128 || request.TokenId.Any(char.IsControl) || request.Subject.Any(char.IsControl))
        {
            throw Invalid("token_id is at most 64 and subject at most 128 characters, without control characters.");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > MaxReason)
        {
            throw Invalid($"Give a reason (1 to {MaxReason} characters); it is kept in the audit trail.");
        }

        var caller = CallerIdentity.From(context.GetHttpContext().User);
        var revocation = await store.RevokeAsync(request.TokenId, request.Subject, caller.Id, request.Reason, context.CancellationToken);
        // This process refuses the token at once; the others within their poll interval.
        await revocations.PollOnceAsync(context.CancellationToken);
        return revocation;
    }

    [Authorize(Roles = Roles.MethodologyAdmin + "," + Roles.Service)]
    public override async Task<ListRevocationsResponse> ListRevocations(ListRevocationsRequest request, ServerCallContext context)
    {
        if (request.AfterSequence < 0)
        {
            throw Invalid($"after_sequence is {request.AfterSequence}; use 0 for every revocation, or the last sequence you have.");
        }

        var limit = request.Limit is > 0 and <= IRevocationSource.PageSize ? request.Limit : IRevocationSource.PageSize;
        var response = new ListRevocationsResponse();
        response.Revocations.AddRange(await store.RevocationsAfterAsync(request.AfterSequence, limit, context.CancellationToken));
        return response;
    }

    [Authorize(Roles = Roles.MethodologyAdmin)]
    public override async Task<ListCredentialAuditResponse> ListCredentialAudit(ListCredentialAuditRequest request, ServerCallContext context)
    {
        var response = new ListCredentialAuditResponse();
        response.Entries.AddRange(await store.AuditAsync(request.Subject, request.Limit is > 0 and <= 1000 ? request.Limit : 100, context.CancellationToken));
        return response;
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));

    private static Credential ToContract(CredentialRecord c)
    {
        var credential = new Credential
        {
            TokenId = c.TokenId, Subject = c.Subject, Kind = c.Kind == "client" ? CredentialKind.Client : CredentialKind.Person,
            Description = c.Description, IssuedAt = CredentialStore.Iso(c.IssuedAt), IssuedBy = c.IssuedBy, ExpiresAt = CredentialStore.Iso(c.ExpiresAt),
            RevokedAt = c.RevokedAt is { } at ? CredentialStore.Iso(at) : string.Empty, RevokedBy = c.RevokedBy ?? string.Empty,
        };
        credential.Roles.AddRange(c.Roles);
        credential.Bodies.AddRange(c.Bodies);
        return credential;
    }
}
