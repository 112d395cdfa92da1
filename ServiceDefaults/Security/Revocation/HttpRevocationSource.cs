using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assessment.ServiceDefaults.Security.Revocation;

/// <summary>Reads revocations from indicators' JSON API (GET /api/v1/credentials/revocations) with this service's own token.</summary>
public sealed class HttpRevocationSource(IHttpClientFactory clients, ServiceCredential credential) : IRevocationSource
{
    public const string ClientName = "revocations";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public async Task<IReadOnlyList<RevokedCredential>> ReadAfterAsync(long afterSequence, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"api/v1/credentials/revocations?afterSequence={afterSequence}&limit={IRevocationSource.PageSize}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential.Current());
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<Page>(Json, cancellationToken);
        return (page?.Revocations ?? []).Select(r => new RevokedCredential(
            r.Sequence, r.TokenId, r.Subject, DateTimeOffset.Parse(r.RevokedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))).ToList();
    }

    private sealed record Page(List<Entry>? Revocations);

    private sealed record Entry(long Sequence, string? TokenId, string? Subject, string RevokedAt);
}
