using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// Stands in for the Teams connector service (<c>{serviceUrl}/v3/conversations/...</c>): records every activity the
/// bot sends and answers each with a new message id, as Teams does.
/// </summary>
public sealed class TeamsFakeConnector : HttpMessageHandler
{
    private long _nextId = 1700000000100;

    public ConcurrentQueue<TeamsSentActivity> Sent { get; } = new();

    /// <summary>Requests other than sending an activity (member look-ups and the like).</summary>
    public ConcurrentQueue<string> OtherRequests { get; } = new();

    public IReadOnlyList<JObject> Messages => [.. Sent.Select(s => s.Activity).Where(a => (string?)a["type"] == "message")];

    public void Clear()
    {
        Sent.Clear();
        OtherRequests.Clear();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        if (request.Method == HttpMethod.Post && path.Contains("/v3/conversations/", StringComparison.Ordinal) && path.Contains("/activities", StringComparison.Ordinal))
        {
            var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
            var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Sent.Enqueue(new TeamsSentActivity(path, id, JObject.Parse(body)));
            return Json(new JObject { ["id"] = id });
        }

        OtherRequests.Enqueue($"{request.Method} {path}");
        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(JObject body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json"),
    };
}
