using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Fuzz;

/// <summary>
/// Gives the bot's outgoing calls a connector that answers, so a fuzzed activity whose <c>deliveryMode</c> was garbled
/// (replies sent to its <c>serviceUrl</c> instead of the HTTP answer) is judged on what the bot said, not on a
/// connection refused by a test address; the replies it records are checked for the apology too.
/// </summary>
public sealed class FuzzConnectorClients(TeamsFakeConnector connector) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(connector, disposeHandler: false);
}
