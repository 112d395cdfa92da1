namespace Assessment.Integration.Tests;

/// <summary>Whether reporting serves the contests API yet: an unknown route answers a bare 404, the API answers JSON (a list or a problem).</summary>
public static class ContestsApi
{
    public static async Task<bool> ServedAsync(RunningSystem system, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", system.AdminToken());
        using var response = await system.Gateway.SendAsync(request);
        return response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
    }
}
