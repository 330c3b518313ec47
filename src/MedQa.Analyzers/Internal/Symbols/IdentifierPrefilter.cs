using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Whether a source text may hold an identifier spelled like one of a set of names, read from its characters
/// without parsing: <see langword="false"/> means no identifier token of the text can be one of them, so its
/// syntax tree need not be scanned token by token (<see cref="MarkerReach"/>). A scan of the tokens builds the
/// compiler's syntax nodes for the whole tree; on a Blazor app that references MedQa but names none of it, that was
/// all of MEDQA001's time (benchmarks/analyzer/history/session-17.md).
/// </summary>
/// <remarks>
/// The text is cut into runs of identifier characters, by the compiler's own rule
/// (<see cref="SyntaxFacts.IsIdentifierPartCharacter"/>: letters, digits, connectors, combining marks and formatting
/// characters, one UTF-16 unit at a time), and each run's hash is looked up among the names' hashes. In code that
/// compiles, an identifier token is exactly such a run, or a run after its verbatim <c>@</c> (a number written
/// against a name, <c>1Answer</c>, is two tokens in one run, and an error the build reports anyway). Two spellings
/// are the same identifier in C# without being the same characters, and both are kept conservative: a formatting
/// character (U+200B and the like) is left out of the hash, as C# leaves it out of the identifier; a Unicode escape
/// (<c>\u0041</c>) anywhere in the text makes the answer <see langword="true"/>.
/// Everything else that matches (a word in a comment or a string, a hash collision) only means the tree is
/// scanned.
/// </remarks>
internal sealed class IdentifierPrefilter
{
    private const int ChunkLength = 4096;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly HashSet<uint> _hashes = [];
    private readonly char[] _chunk = new char[ChunkLength];

    /// <param name="names">The identifiers to look for, as <see cref="Microsoft.CodeAnalysis.SyntaxToken.ValueText"/> spells them.</param>
    public IdentifierPrefilter(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var hash = FnvOffset;
            foreach (var c in name)
            {
                hash = Classify(c) == CharClass.Formatting ? hash : Mix(hash, c);
            }

            _hashes.Add(hash);
        }
    }

    /// <summary>
    /// <see langword="false"/> only when no identifier of <paramref name="text"/> can be one of the names; reads it
    /// once, in chunks of one reused buffer (not thread-safe: one filter per scan).
    /// </summary>
    [MethodImpl(HotPath.Optimized)] // one loop over every character of the compilation, run once per build
    public bool MayContainAny(SourceText text)
    {
        var hash = FnvOffset;
        var inRun = false;
        var afterBackslash = false;
        for (var start = 0; start < text.Length; start += ChunkLength)
        {
            var count = System.Math.Min(ChunkLength, text.Length - start);
            text.CopyTo(start, _chunk, 0, count);
            for (var i = 0; i < count; i++)
            {
                var c = _chunk[i];
                if (afterBackslash && (c == 'u' || c == 'U'))
                {
                    return true; // A Unicode escape: the identifier's characters are not in the text as they are.
                }

                afterBackslash = c == '\\';
                switch (Classify(c))
                {
                    case CharClass.Part:
                        hash = Mix(hash, c);
                        inRun = true;
                        break;
                    case CharClass.Formatting:
                        inRun = true; // part of the identifier, not of its name
                        break;
                    default:
                        if (inRun && _hashes.Contains(hash))
                        {
                            return true;
                        }

                        hash = FnvOffset;
                        inRun = false;
                        break;
                }
            }
        }

        return inRun && _hashes.Contains(hash);
    }

    // FNV-1a over UTF-16 code units. A formatting character is identifier-part but not part of the name: both the
    // names' hashes and the runs' leave it out.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint hash, char c) => unchecked((hash ^ c) * FnvPrime); // the project checks arithmetic

    // The compiler's own rule for identifier characters (SyntaxFacts, the one its lexer reads identifiers by), so a
    // run never joins what the lexer splits; of those, a formatting character is not part of the name.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharClass Classify(char c)
        => !SyntaxFacts.IsIdentifierPartCharacter(c) ? CharClass.Other
        : c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format ? CharClass.Formatting
        : CharClass.Part;

    private enum CharClass
    {
        Other,
        Part,
        Formatting,
    }
}
