using System.Text;
using CrossBorderBot.Hosting;

namespace CrossBorderBot.Tests.Hosting;

public class ActivityRequestCheckTests
{
    private const string Valid = """{"type":"message","channelId":"webchat","serviceUrl":"https://example.org/","from":{"id":"u"},"conversation":{"id":"c"}""";

    public static TheoryData<string, string?> Bodies => new()
    {
        { Valid + "}", null },
        { Valid + ""","value":{"type":"","from":{"id":""}},"entities":[{"id":""}]}""", null },
        { "\uFEFF" + Valid + "}", null },
        { "/* note */ " + Valid + "} // end", null },
        { Valid + ""","recipient":null}""", null },
        { Valid + ""","type":""}""", "The activity needs a 'type'." },
        { Valid + ""","conversation":{"id":"c","id":" "}}""", "The activity needs a 'conversation' with an 'id'." },
        { """{"type":"message","channelId":"webchat","serviceUrl":"https://example.org/","from":{"id":{"x":1}},"conversation":{"id":"c"}}""", "The activity needs a 'from' with an 'id'." },
        { """{"type":{"a":"message"},"channelId":"webchat","serviceUrl":"https://example.org/","from":{"id":"u"},"conversation":{"id":"c"}}""", "The activity needs a 'type'." },
        { Valid + ""","recipient":"bot"}""", "'recipient' must be an object." },
        { Valid + "} {}", "The body holds more than one JSON value." },
        { Valid + "} x", "The body is not valid JSON (or is nested too deeply)." },
        { Valid, "The body is not valid JSON (or is nested too deeply)." },
        { Valid + ",\"value\":" + new string('[', 70) + new string(']', 70) + "}", "The body is not valid JSON (or is nested too deeply)." },
        { "[]", "The body must be a JSON object (an activity)." },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Finds_what_a_reply_needs_in_one_pass_over_the_bytes(string body, string? expected)
    {
        Assert.Equal(expected, ActivityRequestCheck.Problem(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Text_that_is_not_valid_utf8_is_read_with_replacement_characters_as_the_adapter_reads_it()
    {
        var body = Encoding.UTF8.GetBytes(Valid + ""","text":"ab"}""").ToList();
        body.Insert(body.Count - 3, 0xED);
        var idBody = Encoding.UTF8.GetBytes(Valid.Replace("\"id\":\"u\"", "\"id\":\"\u0001\"", StringComparison.Ordinal) + "}").ToList();
        idBody[idBody.IndexOf(0x01)] = 0xF8;

        Assert.Null(ActivityRequestCheck.Problem(body.ToArray()));
        Assert.Null(ActivityRequestCheck.Problem(idBody.ToArray()));
    }
}
