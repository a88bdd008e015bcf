using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>Batteries, liquids, tracking or returns: a logistics channel's typed policy, in words.</summary>
internal static partial class ChannelFactWriter
{
    public static string? Fact(string question, bool zh, LogisticsChannel? channel)
    {
        if (channel is null)
        {
            return null;
        }

        var name = channel.Name.Get(zh ? KnowledgeLanguage.Chinese : KnowledgeLanguage.English);
        if (BatteryQuestion().IsMatch(question))
        {
            return channel.Batteries switch
            {
                BatteryPolicy.Forbidden => zh ? $"{name}不收寄电池。" : $"{name} does not accept batteries.",
                BatteryPolicy.ContainedOnly => zh ? $"{name}只收寄装在设备内（或与设备同包）的电池，不收单独的电池。" : $"{name} accepts batteries only inside (or packed with) the equipment, not loose batteries.",
                _ => zh ? $"{name}可以寄电池（须符合锂电池运输规定，如 UN38.3、MSDS）。" : $"{name} accepts batteries (within lithium-battery transport rules such as UN38.3 and an MSDS).",
            };
        }

        if (LiquidQuestion().IsMatch(question))
        {
            return channel.Liquids switch
            {
                LiquidPolicy.Forbidden => zh ? $"{name}不收寄液体。" : $"{name} does not accept liquids.",
                LiquidPolicy.Limited => zh ? $"{name}有条件收寄液体（数量和包装受限）。" : $"{name} accepts liquids only with limits on quantity and packing.",
                _ => zh ? $"{name}可以寄液体。" : $"{name} accepts liquids.",
            };
        }

        if (TrackingQuestion().IsMatch(question))
        {
            return channel.Tracking switch
            {
                TrackingQuality.None => zh ? $"{name}没有全程追踪（出境后基本查不到，也没有妥投扫描）。" : $"{name} has no end-to-end tracking (little or nothing after export, no delivery scan).",
                TrackingQuality.Partial => zh ? $"{name}只有部分追踪（通常到出口或目的国入境为止）。" : $"{name} has partial tracking only (usually up to export or arrival in the destination).",
                _ => zh ? $"{name}可以全程追踪到妥投。" : $"{name} has full tracking up to delivery.",
            };
        }

        if (ReturnsQuestion().IsMatch(question))
        {
            return channel.Returns switch
            {
                ReturnsSupport.None => zh ? $"{name}基本不支持退货。" : $"{name} offers practically no returns handling.",
                ReturnsSupport.Limited => zh ? $"{name}的退货支持有限。" : $"{name} offers limited returns handling.",
                _ => zh ? $"{name}支持本地退货。" : $"{name} supports local returns.",
            };
        }

        return null;
    }


    [System.Text.RegularExpressions.GeneratedRegex(@"batter|lithium|power ?bank|电池|锂|充电宝|移动电源", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BatteryQuestion();

    [System.Text.RegularExpressions.GeneratedRegex(@"liquid|cosmetic|perfume|液体|化妆品|香水", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LiquidQuestion();

    [System.Text.RegularExpressions.GeneratedRegex(@"track|trace|跟踪|追踪|查到物流|查物流|轨迹|单号", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TrackingQuestion();

    [System.Text.RegularExpressions.GeneratedRegex(@"\breturn|退货|退换", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReturnsQuestion();
}
