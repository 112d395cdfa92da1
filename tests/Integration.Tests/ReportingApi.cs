using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assessment.Integration.Tests;

/// <summary>Calls reporting's JSON API through the gateway as a given caller (null: anonymous).</summary>
public sealed class ReportingApi(RunningSystem system)
{
    public string CsoToken(string name = "transparency-kz") => system.Token("cso-" + name, [Assessment.ServiceDefaults.Security.Roles.Cso]);

    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string path, object body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        return await SendAsync(request, token);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request, token);
    }

    private async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await system.Gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        // Errors from the gateway itself may come without a body or as text; keep them readable in assertion messages.
        var json = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && text.Length > 0
            ? text
            : JsonSerializer.Serialize(text);
        using var document = JsonDocument.Parse(json);
        return (response, document.RootElement.Clone());
    }
}
