"""PC/SC boundary: reading the My Number Card's 券面事項入力補助AP, and the card emulator."""
