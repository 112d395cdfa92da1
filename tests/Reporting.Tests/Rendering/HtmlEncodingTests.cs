using Assessment.Reporting.Contests;
using Assessment.Reporting.Localisation;
using Assessment.Reporting.Pages;
using Assessment.Reporting.Rendering;
using Assessment.Reporting.Scoring;

namespace Assessment.Reporting.Tests.Rendering;

public class HtmlEncodingTests
{
    private const string Hostile = "<script>alert('x')</script>\" onmouseover=\"evil()";

    private static NameBook HostileNames() => new(
        new Dictionary<string, BodyName> { ["KZ-11"] = new("KZ-11", Hostile, Hostile, Hostile, "oblasts") },
        new Dictionary<string, IndicatorName> { ["avg_salary"] = new("avg_salary", Hostile, Hostile, Hostile, "<b>tenge</b>") });

    [Fact]
    public void A_hostile_body_name_is_encoded_on_the_national_page()
    {
        var page = new PageContext("en", new UiStrings(), "/cycles/kz-regions-2022");
        var html = NationalPage.Render(page, Results.Run(Results.Body("KZ-11", 61.2, 1)), HostileNames());

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("\" onmouseover=\"", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&quot; onmouseover=&quot;evil()", html);
    }

    [Fact]
    public void Hostile_names_units_and_lineage_are_encoded_on_the_body_page()
    {
        var result = Results.Run(Results.Body("KZ-11", 61.2, 1));
        var body = result.Bodies[0];
        body.Flags.Add("<img src=x onerror=alert(1)>");
        body.Indicators[0].Source.Sender = "\"><script>steal()</script>";
        var page = new PageContext("en", new UiStrings(), "/cycles/kz-regions-2022/bodies/KZ-11");

        var contest = new Contest(Guid.NewGuid().ToString(), "kz-regions-2022", "KZ-11", null, "<b>economy</b>", "<script>contest()</script> is the reason",
            Contest.Answered, "reporter", DateTimeOffset.UnixEpoch, "<script>answer()</script>", "rejected", "admin", DateTimeOffset.UnixEpoch);

        var html = BodyPage.Render(page, result, body, HostileNames(), [("2022", 61.2)], [contest]);

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>tenge", html);
        Assert.DoesNotContain("<b>economy", html);
        Assert.Contains("&lt;script&gt;contest()&lt;/script&gt;", html);
        Assert.Contains("&lt;script&gt;answer()&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("&quot;&gt;&lt;script&gt;steal()&lt;/script&gt;", html);
    }

    [Fact]
    public void Cyrillic_and_Kazakh_letters_stay_readable()
    {
        var html = new HtmlWriter().Add($"<p>{"Ақмола облысы"}</p>").ToString();
        Assert.Equal("<p>Ақмола облысы</p>", html);
    }

    [Fact]
    public void Trusted_markup_passes_through_and_plain_text_does_not()
    {
        var html = new HtmlWriter().Add($"{new TrustedHtml("<svg></svg>")}{"<svg>"}").ToString();
        Assert.Equal("<svg></svg>&lt;svg&gt;", html);
    }

    [Fact]
    public void Every_page_has_a_lang_attribute_and_a_switch_to_each_language()
    {
        var page = new PageContext("ru", new UiStrings(), "/cycles/x");
        var html = PageLayout.Render(page, "title", _ => { });

        Assert.Contains("<html lang=\"ru\">", html);
        foreach (var language in Language.All)
        {
            Assert.Contains($"href=\"/cycles/x?lang={language}\"", html);
        }

        Assert.Contains("@media print", html);
    }
}
