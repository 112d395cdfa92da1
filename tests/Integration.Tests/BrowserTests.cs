// Compiled once the project references Microsoft.Playwright and defines BROWSER_TESTS (see the csproj note in the
// reporting issue's report): until then the file is inert, so the rest of the integration tests still build.
#if BROWSER_TESTS
using System.Globalization;
using Microsoft.Playwright;

namespace Assessment.Integration.Tests;

/// <summary>
/// A reader's walk through the portal in headless Debian Chromium (never a downloaded browser): national page,
/// language switch, body page, "why this score" down to an observation, the CSV checked against the API.
/// Screenshots of each page go to TestResults/screenshots in the test output folder.
/// </summary>
[Collection(SystemCollection.Name)]
public class BrowserTests(RunningSystem system)
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    private readonly ReportingCycles _cycles = new(system);

    [Fact]
    public async Task A_reader_walks_from_the_ranking_to_an_observation_and_downloads_the_csv()
    {
        var cycle = await _cycles.EnsurePublishedAsync();
        Directory.CreateDirectory(Screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = system.Gateway.BaseAddress!.ToString().TrimEnd('/'),
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();

        // National page, in English.
        await page.GotoAsync($"/cycles/{cycle.CycleId}?lang=en");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(20, await page.Locator("tr[data-body]").CountAsync());
        await Shot(page, "1-national-en");

        // Switch language: the page and the links after it stay in Russian.
        await page.ClickAsync("nav.languages a[data-lang=ru]");
        await page.WaitForURLAsync("**lang=ru");
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Национальный рейтинг", await page.TextContentAsync("h1"));
        await Shot(page, "2-national-ru");

        // A body page, reached by clicking the region in the ranking.
        await page.ClickAsync("tr[data-body='KZ-11'] th a");
        await page.WaitForURLAsync("**/bodies/KZ-11**");
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
        await Shot(page, "3-body");

        // "Why this score": the indicator's anchor, then its observation.
        var scores = await _cycles.ScoresAsync(cycle.CycleId, cycle.PublishedRun, lineage: true, body: "KZ-11");
        var indicator = scores.Bodies.Single().Indicators.First(i => i.Source is { SubmissionId.Length: > 0 });
        await page.ClickAsync($"tr[data-indicator='{indicator.Code}'] th a");
        await page.WaitForURLAsync($"**#why-{indicator.Code}");
        Assert.True(await page.Locator($"#why-{indicator.Code}").IsVisibleAsync());
        await page.ClickAsync($"#why-{indicator.Code} a.observation-link");
        await page.WaitForURLAsync($"**/indicators/{indicator.Code}**");
        Assert.Equal(indicator.Source.SubmissionId, (await page.TextContentAsync("dd[data-submission]"))?.Trim());
        await Shot(page, "4-observation");

        // The CSV linked from the national page, compared with the API.
        await page.GotoAsync($"/cycles/{cycle.CycleId}?lang=en");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".downloads a[download]"));
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        var header = csv[0].Split(',');
        var row = csv.Skip(1).Select(l => l.Split(',')).Single(r => r[Array.IndexOf(header, "body_code")] == "KZ-11");
        var apiScore = (await _cycles.ScoresAsync(cycle.CycleId, cycle.PublishedRun, body: "KZ-11")).Bodies.Single().Score;
        Assert.Equal(apiScore, double.Parse(row[Array.IndexOf(header, "score")], CultureInfo.InvariantCulture));
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
}
#endif
