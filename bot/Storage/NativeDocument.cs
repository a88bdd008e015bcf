using System.Runtime.InteropServices;

namespace CrossBorderBot.Storage;

/// <summary>
/// A stored document's bytes in memory outside the garbage-collected heap, freed when disposed (or, should its owner be
/// dropped without disposing it, when finalized). Long-lived, often replaced bytes kept here do not fill the GC's oldest
/// generation with dead copies between full collections (see <see cref="BoundedMemoryStorage"/>).
/// </summary>
internal sealed class NativeDocument : SafeHandle
{
    private NativeDocument(int length)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        Length = length;
        SetHandle(Marshal.AllocHGlobal(Math.Max(length, 1)));
    }

    public int Length { get; }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>A native copy of <paramref name="bytes"/>.</summary>
    public static NativeDocument Copy(byte[] bytes)
    {
        var document = new NativeDocument(bytes.Length);
        Marshal.Copy(bytes, 0, document.handle, bytes.Length);
        return document;
    }

    /// <summary>A managed copy, owned by the caller (callers hold the store's lock, so the bytes cannot be freed meanwhile).</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        Marshal.Copy(handle, bytes, 0, Length);
        return bytes;
    }

    protected override bool ReleaseHandle()
    {
        Marshal.FreeHGlobal(handle);
        return true;
    }
}
