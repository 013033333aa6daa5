//! Actor colours: one hue per actor, from its `colour:` or from its id, in
//! a light-scheme and a dark-scheme shade that both keep WCAG AA text
//! contrast (4.5:1) against the theme's backgrounds.
//!
//! The colours are written as CSS classes (`actor-c-<id>` sets `--actor`)
//! in `assets/actor-colours.css`, so badges, chart series and network
//! nodes share them and switch with `prefers-color-scheme`.

use sha2::{Digest, Sha256};

use super::OutputFile;
use crate::graph::Dossier;

/// Backgrounds of the light scheme (page, warm panels) of both themes.
const LIGHT_BACKGROUNDS: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0xf5, 0xf3, 0xee)];
/// Backgrounds of the dark scheme.
const DARK_BACKGROUNDS: [Rgb; 2] = [Rgb(0x16, 0x17, 0x1a), Rgb(0x20, 0x22, 0x26)];
/// WCAG AA for normal text.
pub const AA: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb` (or `#rgb`).
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
        let pair = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.x).
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    fn from_hsl(hue: f64, saturation: f64, lightness: f64) -> Rgb {
        let c = (1.0 - (2.0 * lightness - 1.0).abs()) * saturation;
        let h = hue.rem_euclid(360.0) / 60.0;
        let x = c * (1.0 - (h.rem_euclid(2.0) - 1.0).abs());
        let (r, g, b) = match h as u32 {
            0 => (c, x, 0.0),
            1 => (x, c, 0.0),
            2 => (0.0, c, x),
            3 => (0.0, x, c),
            4 => (x, 0.0, c),
            _ => (c, 0.0, x),
        };
        let m = lightness - c / 2.0;
        let byte = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
        Rgb(byte(r), byte(g), byte(b))
    }

    /// (hue in degrees, saturation 0-1, lightness 0-1).
    fn hsl(self) -> (f64, f64, f64) {
        let [r, g, b] = [self.0, self.1, self.2].map(|c| f64::from(c) / 255.0);
        let max = r.max(g).max(b);
        let min = r.min(g).min(b);
        let lightness = (max + min) / 2.0;
        let delta = max - min;
        if delta == 0.0 {
            return (0.0, 0.0, lightness);
        }
        let saturation = delta / (1.0 - (2.0 * lightness - 1.0).abs());
        let hue = if max == r {
            60.0 * ((g - b) / delta).rem_euclid(6.0)
        } else if max == g {
            60.0 * ((b - r) / delta + 2.0)
        } else {
            60.0 * ((r - g) / delta + 4.0)
        };
        (hue, saturation, lightness)
    }
}

/// WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// An actor's colour in both schemes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorColour {
    /// Readable on the light backgrounds (and white text reads on it).
    pub light: Rgb,
    /// Readable on the dark backgrounds (and dark text reads on it).
    pub dark: Rgb,
}

impl ActorColour {
    /// The colour of the actor `id`: from its `colour:` when given (its hue
    /// and saturation kept, its lightness moved only as far as contrast
    /// needs), otherwise a hue drawn from a hash of the id.
    pub fn of(id: &str, chosen: Option<Rgb>) -> ActorColour {
        let (hue, saturation, lightness) = match chosen {
            Some(rgb) => rgb.hsl(),
            None => (hashed_hue(id), hashed_saturation(id), 0.45),
        };
        ActorColour::from_hsl(hue, saturation, lightness)
    }

    /// The colours of a site's actors, `(id, colour:)` sorted by id: as
    /// [`ActorColour::of`], except that a hashed hue within
    /// [`HUE_GAP`] degrees of an earlier actor's moves on by the golden
    /// angle, so that a handful of actors get hues told apart at a glance.
    pub fn palette(actors: &[(&str, Option<Rgb>)]) -> Vec<ActorColour> {
        let mut taken: Vec<f64> = actors
            .iter()
            .filter_map(|(_, chosen)| chosen.map(|rgb| rgb.hsl().0))
            .collect();
        actors
            .iter()
            .map(|&(id, chosen)| {
                if chosen.is_some() {
                    return ActorColour::of(id, chosen);
                }
                let mut hue = hashed_hue(id);
                for _ in 0..12 {
                    let near = |t: &f64| {
                        let d = (hue - t).rem_euclid(360.0);
                        d.min(360.0 - d) < HUE_GAP
                    };
                    if !taken.iter().any(near) {
                        break;
                    }
                    hue = (hue + 137.5).rem_euclid(360.0);
                }
                taken.push(hue);
                ActorColour::from_hsl(hue, hashed_saturation(id), 0.45)
            })
            .collect()
    }

    fn from_hsl(hue: f64, saturation: f64, lightness: f64) -> ActorColour {
        let light = readable(hue, saturation, lightness, &LIGHT_BACKGROUNDS, -0.01);
        let dark = readable(hue, saturation, lightness.max(0.6), &DARK_BACKGROUNDS, 0.01);
        ActorColour { light, dark }
    }
}

/// Hues closer than this (in degrees) are moved apart by [`ActorColour::palette`].
const HUE_GAP: f64 = 28.0;

fn hashed_hue(id: &str) -> f64 {
    let digest = Sha256::digest(id.as_bytes());
    f64::from(u16::from_be_bytes([digest[0], digest[1]]) % 360)
}

fn hashed_saturation(id: &str) -> f64 {
    let digest = Sha256::digest(id.as_bytes());
    0.55 + f64::from(digest[2] % 25) / 100.0
}

/// The first shade from `lightness` on, stepping by `step`, that reaches AA
/// against every background (black or white at the end of the range do).
fn readable(hue: f64, saturation: f64, lightness: f64, backgrounds: &[Rgb], step: f64) -> Rgb {
    let mut l = lightness;
    loop {
        let rgb = Rgb::from_hsl(hue, saturation, l.clamp(0.0, 1.0));
        if backgrounds.iter().all(|&bg| contrast(rgb, bg) >= AA) || !(0.0..=1.0).contains(&l) {
            return rgb;
        }
        l += step;
    }
}

/// `assets/actor-colours.css` for the actors of `dossier`.
pub fn render(dossier: &Dossier<'_>) -> OutputFile {
    let actors: Vec<(&str, Option<Rgb>)> = dossier
        .site
        .actors
        .iter()
        .map(|actor| {
            let chosen = actor.colour.as_deref().and_then(Rgb::parse);
            (actor.id.as_str(), chosen)
        })
        .collect();
    let palette = ActorColour::palette(&actors);
    let colours: Vec<(&str, ActorColour)> = actors.iter().map(|&(id, _)| id).zip(palette).collect();
    OutputFile {
        path: "assets/actor-colours.css".into(),
        bytes: stylesheet(&colours).into_bytes(),
    }
}

/// The stylesheet: one class per actor, `(id, colour)` sorted.
pub fn stylesheet(colours: &[(&str, ActorColour)]) -> String {
    let mut light = String::from(
        "/* Actor colours, generated by onrecord: `--actor` for badges, chart series and network nodes. */\n",
    );
    let mut dark = String::from("@media (prefers-color-scheme: dark) {\n");
    for (id, colour) in colours {
        light.push_str(&format!(
            ".actor-c-{id} {{ --actor: {}; }}\n",
            colour.light.hex()
        ));
        dark.push_str(&format!(
            "  .actor-c-{id} {{ --actor: {}; }}\n",
            colour.dark.hex()
        ));
    }
    dark.push_str("}\n");
    light + &dark
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_reference_values() {
        let white = Rgb(255, 255, 255);
        assert!((contrast(Rgb(0, 0, 0), white) - 21.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast(Rgb::parse("#767676").unwrap(), white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn every_actor_colour_meets_aa_in_both_schemes() {
        let mut ids: Vec<String> = (0..300).map(|i| format!("actor-{i}")).collect();
        ids.extend(["russia", "united-nations", "syrian-government"].map(String::from));
        let chosen = [
            None,
            Some("#ffff00"),
            Some("#000080"),
            Some("#777"),
            Some("#ffffff"),
        ];
        for id in &ids {
            for pick in chosen {
                let colour = ActorColour::of(id, pick.and_then(Rgb::parse));
                for bg in LIGHT_BACKGROUNDS {
                    assert!(contrast(colour.light, bg) >= AA, "{id} {pick:?} light");
                }
                for bg in DARK_BACKGROUNDS {
                    assert!(contrast(colour.dark, bg) >= AA, "{id} {pick:?} dark");
                }
            }
        }
    }

    #[test]
    fn colours_come_from_the_id_and_keep_a_readable_choice() {
        assert_eq!(
            ActorColour::of("russia", None),
            ActorColour::of("russia", None)
        );
        assert_ne!(
            ActorColour::of("russia", None).light,
            ActorColour::of("united-states", None).light
        );
        let navy = Rgb::parse("#1f3a93").unwrap();
        assert_eq!(ActorColour::of("x", Some(navy)).light, navy);
        assert_eq!(Rgb::parse("#abc"), Some(Rgb(0xaa, 0xbb, 0xcc)));
        assert_eq!(Rgb::parse("red"), None);
        assert_eq!(Rgb::parse("#12345g"), None);
    }

    #[test]
    fn a_palette_keeps_hues_apart() {
        let ids = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        let actors: Vec<(&str, Option<Rgb>)> = ids.iter().map(|&id| (id, None)).collect();
        let palette = ActorColour::palette(&actors);
        assert_eq!(palette, ActorColour::palette(&actors));
        for (i, a) in palette.iter().enumerate() {
            for b in &palette[i + 1..] {
                let (ha, hb) = (a.light.hsl().0, b.light.hsl().0);
                let d = (ha - hb).rem_euclid(360.0);
                assert!(d.min(360.0 - d) >= HUE_GAP - 3.0, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn stylesheet_has_both_schemes() {
        let css = stylesheet(&[("russia", ActorColour::of("russia", None))]);
        assert!(css.contains(".actor-c-russia { --actor: #"));
        assert!(css.contains("@media (prefers-color-scheme: dark)"));
    }
}
