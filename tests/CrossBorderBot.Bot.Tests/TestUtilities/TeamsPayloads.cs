using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// Activities shaped as Microsoft Teams sends them to a bot: channel <c>msteams</c>, a Teams service URL,
/// <c>29:</c> user ids and a <c>28:</c> bot id, the tenant in <c>conversation.tenantId</c> and
/// <c>channelData.tenant</c>, <c>conversationType</c>, team/channel data in channels, <c>&lt;at&gt;</c> mentions
/// with their <c>mention</c> entity, and the invoke names and values of cards and message extensions.
/// </summary>
public static class TeamsPayloads
{
    public const string BotId = "28:9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f";
    public const string BotName = "CrossBorderBot";
    public const string UserId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string TeamId = "19:a6d2f1c4b0e84f3c9b1e2f3a4b5c6d7e@thread.tacv2";

    /// <summary>A new conversation id of the given kind (each test gets its own conversation).</summary>
    public static string NewConversationId(string conversationType) => conversationType switch
    {
        "channel" => $"{TeamId};messageid={Random.Shared.NextInt64(1_600_000_000_000, 1_800_000_000_000)}",
        "groupChat" => $"19:{Guid.NewGuid():N}@thread.v2",
        _ => $"a:1{Guid.NewGuid():N}{Guid.NewGuid():N}",
    };

    /// <summary>A typed message; <paramref name="mentionBot"/> prefixes it with an @mention of the bot, as Teams does.</summary>
    public static JObject Message(string conversationId, string conversationType, string text, bool mentionBot = false, string locale = "en-US")
    {
        var activity = Base("message", conversationId, conversationType, locale);
        activity["textFormat"] = "plain";
        var mention = $"<at>{BotName}</at>";
        activity["text"] = mentionBot ? $"{mention} {text}" : text;
        var entities = (JArray)activity["entities"]!;
        if (mentionBot)
        {
            entities.Insert(0, new JObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JObject { ["id"] = BotId, ["name"] = BotName },
                ["text"] = mention,
            });
        }

        return activity;
    }

    /// <summary>An Adaptive Card <c>Action.Submit</c> click: no text, the button's data as <c>value</c>, the card's id as <c>replyToId</c>.</summary>
    public static JObject Submit(string conversationId, string conversationType, JObject data, string? cardId, string locale = "en-US")
    {
        var activity = Base("message", conversationId, conversationType, locale);
        activity["value"] = data;
        if (cardId is not null)
        {
            activity["replyToId"] = cardId;
            ((JObject)activity["channelData"]!)["legacy"] = new JObject { ["replyToId"] = cardId };
        }

        ((JObject)activity["channelData"]!)["source"] = new JObject { ["name"] = "message" };
        return activity;
    }

    /// <summary>An <c>Action.Execute</c> click (Universal Actions).</summary>
    public static JObject Execute(string conversationId, string conversationType, string verb, JObject data, string? cardId, string locale = "en-US")
    {
        var activity = Base("invoke", conversationId, conversationType, locale);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JObject
        {
            ["action"] = new JObject { ["type"] = "Action.Execute", ["id"] = Guid.NewGuid().ToString(), ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        if (cardId is not null)
        {
            activity["replyToId"] = cardId;
        }

        return activity;
    }

    /// <summary>The bot was added: <c>conversationUpdate</c> with the bot in <c>membersAdded</c>.</summary>
    public static JObject BotAdded(string conversationId, string conversationType) => MembersAdded(conversationId, conversationType, BotId);

    public static JObject MembersAdded(string conversationId, string conversationType, string memberId)
    {
        var activity = Base("conversationUpdate", conversationId, conversationType, locale: null);
        activity.Remove("entities");
        activity["membersAdded"] = new JArray(new JObject { ["id"] = memberId });
        if (conversationType == "channel")
        {
            ((JObject)activity["channelData"]!)["eventType"] = "teamMemberAdded";
        }

        return activity;
    }

    /// <summary>The app was installed: <c>installationUpdate</c> with action <c>add</c>.</summary>
    public static JObject Installed(string conversationId, string conversationType)
    {
        var activity = Base("installationUpdate", conversationId, conversationType, locale: "en-US");
        activity.Remove("entities");
        activity["action"] = "add";
        ((JObject)activity["channelData"]!)["source"] = new JObject { ["name"] = "message" };
        return activity;
    }

    /// <summary>A search in the compose box (<c>composeExtension/query</c>); a null query is the box's first open.</summary>
    public static JObject SearchQuery(string conversationId, string commandId, string? query, int skip = 0, int count = 25, string locale = "en-US")
    {
        var activity = Base("invoke", conversationId, "personal", locale);
        activity["name"] = "composeExtension/query";
        activity["value"] = new JObject
        {
            ["commandId"] = commandId,
            ["parameters"] = query is null
                ? new JArray(new JObject { ["name"] = "initialRun", ["value"] = "true" })
                : new JArray(new JObject { ["name"] = "query", ["value"] = query }),
            ["queryOptions"] = new JObject { ["skip"] = skip, ["count"] = count },
        };
        ((JObject)activity["channelData"]!)["source"] = new JObject { ["name"] = "compose" };
        return activity;
    }

    /// <summary>The same activity asking for its replies in the HTTP response (<c>deliveryMode: expectReplies</c>).</summary>
    public static JObject ExpectReplies(this JObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    private static JObject Base(string type, string conversationId, string conversationType, string? locale)
    {
        var now = DateTimeOffset.UtcNow;
        var conversation = new JObject
        {
            ["conversationType"] = conversationType,
            ["tenantId"] = TenantId,
            ["id"] = conversationId,
        };
        var channelData = new JObject { ["tenant"] = new JObject { ["id"] = TenantId } };
        if (conversationType != "personal")
        {
            conversation["isGroup"] = true;
        }

        if (conversationType == "channel")
        {
            var channelId = conversationId.Split(';')[0];
            channelData["teamsChannelId"] = channelId;
            channelData["teamsTeamId"] = TeamId;
            channelData["channel"] = new JObject { ["id"] = channelId };
            channelData["team"] = new JObject { ["id"] = TeamId, ["name"] = "Export team", ["aadGroupId"] = "0b3c1f58-4a3e-4a6f-9c1d-6f2e8b9d7a10" };
        }

        var activity = new JObject
        {
            ["type"] = type,
            ["id"] = (type == "message" ? "" : "f:") + now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["timestamp"] = now.ToString("o"),
            ["localTimestamp"] = now.ToOffset(TimeSpan.FromHours(8)).ToString("o"),
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JObject { ["id"] = UserId, ["name"] = "Li Wei", ["aadObjectId"] = "6f1a5c2e-3b4d-4e8f-9a0b-1c2d3e4f5a6b" },
            ["conversation"] = conversation,
            ["recipient"] = new JObject { ["id"] = BotId, ["name"] = BotName },
            ["entities"] = new JArray(new JObject
            {
                ["type"] = "clientInfo",
                ["locale"] = locale ?? "en-US",
                ["country"] = "US",
                ["platform"] = "Web",
                ["timezone"] = "Asia/Shanghai",
            }),
            ["channelData"] = channelData,
        };
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return activity;
    }
}
