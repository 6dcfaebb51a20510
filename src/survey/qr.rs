//! QR codes: drawing one for an invitation link or an answer code, and reading one from a
//! camera picture.
//!
//! Text longer than 600 bytes (a long invitation link) uses error correction level L so that the
//! code stays small enough to scan from a screen; shorter text uses M.

use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write;

/// The light border around a code, in modules, that scanners need.
pub const QUIET_ZONE: usize = 4;
/// Above this many bytes the code uses error correction level L instead of M.
const LONG_TEXT: usize = 600;

/// The text does not fit in a QR code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the text is too long for a QR code")]
pub struct TooLong;

/// The code as SVG (black on white, with the quiet zone). It has a `viewBox` and no width or
/// height, so CSS decides its size.
pub fn svg(text: &str) -> Result<String, TooLong> {
    let (width, dark) = modules(text)?;
    let size = width + 2 * QUIET_ZONE;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d=""##
    );
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            let run = row[x..].iter().take_while(|d| **d).count();
            if run > 0 {
                let (left, top) = (x + QUIET_ZONE, y + QUIET_ZONE);
                write!(svg, "M{left} {top}h{run}v1h-{run}z").expect("writing to a String");
            }
            x += run.max(1);
        }
    }
    svg.push_str(r#""/></svg>"#);
    Ok(svg)
}

/// The code's width in modules and its modules row by row (`true` = dark), without the quiet
/// zone.
pub fn modules(text: &str) -> Result<(usize, Vec<bool>), TooLong> {
    let level = if text.len() > LONG_TEXT {
        EcLevel::L
    } else {
        EcLevel::M
    };
    let code = QrCode::with_error_correction_level(text.as_bytes(), level).map_err(|_| TooLong)?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Ok((code.width(), dark))
}

/// The text of the first QR code that can be read in a greyscale picture (`luma` row by row, 0
/// black, 255 white), if any.
pub fn read(width: usize, height: usize, luma: &[u8]) -> Option<String> {
    if width == 0 || height == 0 || luma.len() < width.checked_mul(height)? {
        return None;
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}
