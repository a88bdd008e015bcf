namespace CrossBorderBot;

/// <summary>
/// Every log event id of the bot, one constant per <c>[LoggerMessage]</c>, so no two messages share an id and a log
/// query can rely on them. One range per area:
/// <list type="bullet">
/// <item>1000–1099: hosting: turn errors</item>
/// <item>1100–1299: conversation: router, handler</item>
/// <item>1300–1399: hosting: /api/messages</item>
/// <item>1400–1499: safety</item>
/// <item>1500–1599: conversation: knowledge answers</item>
/// <item>3000–3099: Teams, and the check of clicks on older question cards that began there</item>
/// <item>3100–3199: Direct Line</item>
/// <item>3200–3299: Slack</item>
/// <item>4000–4099: storage</item>
/// <item>5000–5099: warm-up</item>
/// <item>5100–5199: rule-change alerts</item>
/// <item>5200–5299: result charts</item>
/// <item>5300–5999: free for new areas</item>
/// </list>
/// A new message takes the next free id in its area's range.
/// </summary>
public static class LogEventIds
{
    public const int HostingTurnFailed = 1000;
    public const int HostingApologyFailed = 1001;
    public const int HostingStoreUnavailable = 1002;
    public const int HostingTypingFailed = 1003;

    public const int ConversationRouterDialogStateMismatch = 1100;
    public const int ConversationRouterPurpose = 1101;
    public const int ConversationHandlerUnreadableState = 1200;

    public const int HostingMessagesUnauthorized = 1300;
    public const int HostingMessagesMetadataUnreachable = 1301;
    public const int HostingMessagesRejected = 1302;

    public const int SafetyThrottled = 1400;
    public const int SafetyOversizedMessage = 1410;

    public const int ConversationAnswererAnswered = 1500;
    public const int ConversationAnswererGap = 1501;
    public const int ConversationAnswererGapWriteFailed = 1502;

    public const int TeamsNotAddressed = 3000;
    public const int StaleCardClick = 3001;
    public const int TeamsUnknownVerb = 3002;
    public const int TeamsCardActionFailed = 3003;
    public const int TeamsSearchFailed = 3004;

    public const int DirectLineGeneratedSecret = 3100;
    public const int DirectLineConversationStarted = 3101;
    public const int DirectLineStoreIndexConflict = 3110;
    public const int DirectLineStoreDropFailed = 3111;
    public const int DirectLineStoreUnavailable = 3120;

    public const int SlackRequestRejected = 3200;
    public const int SlackQueueFull = 3210;
    public const int SlackQueueWorkFailed = 3211;
    public const int SlackQueueShutdownAbandoned = 3212;
    public const int SlackRateLimited = 3220;
    public const int SlackApiError = 3230;
    public const int SlackEventDuplicate = 3240;
    public const int SlackEventClaimedElsewhere = 3241;
    public const int SlackInteractionUpdateFailed = 3250;

    public const int SqliteOpened = 4001;
    public const int SqliteETagConflict = 4002;
    public const int SqliteUnreadableItem = 4003;
    public const int MemoryStorageETagConflict = 4010;
    public const int MemoryStorageEvicted = 4011;
    public const int AzureBlobContainerReady = 4021;
    public const int AzureBlobETagConflict = 4022;
    public const int AzureBlobUnreadableItem = 4023;
    public const int StorageLeaseWaited = 4031;
    public const int StorageLeaseTakingOver = 4032;
    public const int StorageLeaseLost = 4033;
    public const int StorageLeaseRenewalFailed = 4034;
    public const int PostgresSchemaReady = 4041;
    public const int PostgresETagConflict = 4042;
    public const int PostgresUnreadableItem = 4043;

    public const int WarmupStartupSpan = 5003;
    public const int NativeMemoryTrimUnavailable = 5004;
    public const int WarmupBotBuildFailed = 5005;

    public const int AlertsSubscriptionConflict = 5101;
    public const int AlertsIndexNotUpdated = 5102;
    public const int AlertsEntryChanged = 5111;
    public const int AlertsSent = 5121;
    public const int AlertsSendFailed = 5122;
    public const int AlertsChecked = 5123;
    public const int AlertsDailyCheckFailed = 5131;
    public const int AlertsCommand = 5141;
    public const int AlertsProfileUnreadable = 5142;

    public const int ChartsCjkFont = 5201;
    public const int ChartsNoCjkFont = 5202;
    public const int ChartsAddOnsFailed = 5211;
    public const int ChartsDrawFailed = 5212;
}
