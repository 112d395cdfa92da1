using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Assessment.Cli.Configuration;

namespace Assessment.Cli.Remote;

/// <summary>
/// The gateway's HTTP endpoint (portal pages, PDFs, open data, the reporting API), with the bearer token when there is
/// one. Every error answer becomes an <see cref="HttpFailure"/> carrying the server's own title and detail.
/// </summary>
internal sealed class HttpGateway(CliSettings settings) : IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = settings.GatewayHttp, Timeout = HeadersTimeout };

    /// <summary>How long to wait for an answer to start (a PDF is printed before its first byte); the body then streams without limit.</summary>
    public static readonly TimeSpan HeadersTimeout = TimeSpan.FromMinutes(5);

    public Uri Address => settings.GatewayHttp;

    /// <summary>Sends and returns the response once its headers arrived; the body is left to stream.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string relativeUrl, bool tokenRequired, HttpContent? content,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, relativeUrl) { Content = content };
        var token = tokenRequired ? settings.RequireToken() : settings.Token;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new HttpUnreachable(settings.GatewayHttp, e.Message);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await HttpProblem.ReadAsync(response, cancellationToken);
        }
    }

    public async Task<JsonElement> GetJsonAsync(string relativeUrl, bool tokenRequired, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, relativeUrl, tokenRequired, null, cancellationToken);
        return await ReadJsonAsync(response, cancellationToken);
    }

    public async Task<JsonElement> PostJsonAsync<T>(string relativeUrl, T body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, relativeUrl, tokenRequired: true, JsonContent.Create(body), cancellationToken);
        return await ReadJsonAsync(response, cancellationToken);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }

    public void Dispose() => _client.Dispose();
}
