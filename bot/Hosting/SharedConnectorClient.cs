using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace CrossBorderBot.Hosting;

/// <summary>A shared connector client as one turn sees it: everything passes through, except that disposing it does nothing.</summary>
public sealed class SharedConnectorClient(IConnectorClient shared) : IConnectorClient
{
    public Uri BaseUri
    {
        get => shared.BaseUri;
        set => throw new InvalidOperationException("A shared connector client's service URL cannot be changed.");
    }

    public JsonSerializerSettings SerializationSettings => shared.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => shared.DeserializationSettings;

    public ServiceClientCredentials Credentials => shared.Credentials;

    public IAttachments Attachments => shared.Attachments;

    public IConversations Conversations => shared.Conversations;

    public void Dispose()
    {
        // The client outlives the turn; the process owns it.
    }
}
